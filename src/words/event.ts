/**
 * What an event did, said for an event the scenario does not narrate: the kind's own event
 * words (the board's, the handout's), as a sentence, in any language.
 */
import type { Describer } from '../channels/describe.js';
import { eventPhrase } from '../channels/registry.js';
import type { ScenarioEvent } from '../model/scenario.js';
import type { Frame } from '../timeline/frame.js';
import { wordsFor } from './index.js';
import type { Lang } from './lang.js';
import type { Speaker } from './speaker.js';

/** "North withdraws its staff from the Joint Liaison Office." */
export function eventNarration(
  lang: Lang,
  event: Pick<ScenarioEvent, 'side' | 'do' | 'channels' | 'count' | 'narrate'>,
  say: Describer,
): string {
  return wordsFor(lang).narration.unnarrated(eventPhrase(lang, { ...event, narrate: '' }, say));
}

/**
 * A frame's narration in the speaker's language: the file's own words when it gave some,
 * else what the event did. (The frame keeps the English, for `run --json`.)
 */
export function frameNarration(frame: Pick<Frame, 'kind' | 'event' | 'narration'>, say: Speaker): string {
  const event = frame.event;
  if (frame.kind !== 'event' || !event || event.narrate) return frame.narration;
  return eventNarration(say.lang, event, say);
}
