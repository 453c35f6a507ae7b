import type { ChannelEvent } from '../machines/events.js';
import type { ChannelSpec } from '../model/scenario.js';
import type { Describer } from './describe.js';
import { refusalWords } from './registry.js';
import type { ChannelSnapshot } from './status.js';

/**
 * Why a channel refused an event, in English words a scenario author can act on. The
 * machines decide; the channel's kind explains the decision from the state it was in.
 */
export function explainRefusal(
  spec: ChannelSpec,
  snapshot: ChannelSnapshot,
  event: ChannelEvent,
  say: Describer,
): string {
  return refusalWords('en', spec, snapshot, event, say);
}
