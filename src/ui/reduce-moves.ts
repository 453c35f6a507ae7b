import { parseMoment } from '../time/clock.js';
import { placeMoment } from '../timeline/frameAt.js';
import { sayMomentPlace } from '../words/moment.js';
import { nextChange, stepFrom } from './navigate.js';
import { UI_WORDS } from './ui-words.js';
import { at, channelName, shown, type UiState } from './ui-state.js';

/** Moving through the frames: one step, the next status change, a typed date. */

export function step(state: UiState, dir: 1 | -1): UiState {
  const next = stepFrom(shown(state).frames, state.index, dir, state.skipChecks);
  if (next !== null) return at(state, next);
  const edge = dir > 0 ? 'the end' : 'the start';
  return {
    ...state,
    playing: false,
    message: `Already at ${edge}${state.skipChecks ? ' of the scripted events' : ''}.`,
  };
}

export function change(state: UiState, dir: 1 | -1): UiState {
  const timeline = shown(state);
  const channels = state.follow ? [state.follow] : timeline.scenario.channels.map((c) => c.id);
  const next = nextChange(timeline.frames, state.index, dir, channels);
  if (next !== null) return at(state, next);
  const which = state.follow ? channelName(state, state.follow) : 'any channel';
  return { ...state, message: `No ${dir > 0 ? 'later' : 'earlier'} change of ${which}.` };
}

export function jump(state: UiState, text: string): UiState {
  const timeline = shown(state);
  const { frames, scenario } = timeline;
  // The `/` prompt reads a moment as `run --at` does, and shows the same frame: the last at or before it.
  const target = parseMoment(text, scenario.zone);
  const prompt = { kind: 'jump', text } as const;
  if (target === null) return { ...state, mode: prompt, message: UI_WORDS.moment.notATime(text) };
  const place = placeMoment(frames, target);
  const message = sayMomentPlace(UI_WORDS, place, target, frames, scenario.zone);
  if (place.kind === 'before-start') return { ...state, mode: prompt, message };
  return at({ ...state, mode: { kind: 'browse' } }, place.index, message);
}
