import { parseMoment } from '../time/clock.js';
import { placeMoment } from '../timeline/frameAt.js';
import { sayMomentPlace } from '../words/moment.js';
import { nextChange, stepFrom } from './navigate.js';
import { uiWords } from './ui-words.js';
import { at, channelName, shown, type UiState } from './ui-state.js';

/** Moving through the frames: one step, the next status change, a typed date. */

export function step(state: UiState, dir: 1 | -1): UiState {
  const next = stepFrom(shown(state).frames, state.index, dir, state.skipChecks);
  if (next !== null) return at(state, next);
  return { ...state, playing: false, message: uiWords(state).ui.atEdge(dir > 0, state.skipChecks) };
}

export function change(state: UiState, dir: 1 | -1): UiState {
  const timeline = shown(state);
  const channels = state.follow ? [state.follow] : timeline.scenario.channels.map((c) => c.id);
  const next = nextChange(timeline.frames, state.index, dir, channels);
  if (next !== null) return at(state, next);
  const w = uiWords(state).ui;
  const which = state.follow ? channelName(state, state.follow) : w.anyChannel;
  return { ...state, message: w.noChange(dir > 0, which) };
}

export function jump(state: UiState, text: string): UiState {
  const timeline = shown(state);
  const { frames, scenario } = timeline;
  // The `/` prompt reads a moment as `run --at` does, and shows the same frame: the last at or before it.
  const target = parseMoment(text, scenario.zone);
  const prompt = { kind: 'jump', text } as const;
  if (target === null) return { ...state, mode: prompt, message: uiWords(state).moment.notATime(text) };
  const place = placeMoment(frames, target);
  const message = sayMomentPlace(uiWords(state), place, target, frames, scenario.zone);
  if (place.kind === 'before-start' || place.kind === 'past-end') return { ...state, mode: prompt, message };
  return at({ ...state, mode: { kind: 'browse' } }, place.index, message);
}
