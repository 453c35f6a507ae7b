import type { ChannelEvent } from '../machines/events.js';
import type { Lang } from '../words/lang.js';
import type { ChannelSpec } from '../model/scenario.js';
import type { Describer } from './describe.js';
import { refusalWords } from './registry.js';
import { COMMON } from './words.js';
import type { ChannelSnapshot } from './status.js';

/**
 * Why a channel refused an event, in words a scenario author can act on: no such channel, out of time order, or the channel's own
 * reason ("Liaison line cannot break: the line is already broken"). The machines decide; the
 * channel's kind explains the decision from the state it was in.
 */
export function refusalSentence(
  lang: Lang,
  refusal: { channel: string; event: ChannelEvent; why: string },
  spec: ChannelSpec | undefined,
  snapshot: ChannelSnapshot | undefined,
  say: Describer,
): string {
  const w = COMMON[lang].refusal;
  if (!spec || !snapshot) return w.noChannel(refusal.channel);
  if (refusal.why === 'clock') return w.earlier;
  return w.channelCannot(
    spec.name,
    refusal.event.type,
    refusalWords(lang, spec, snapshot, refusal.event, say),
  );
}
