import { parseMoment } from '../time/clock.js';
import { indexAtOrAfter } from '../timeline/frameAt.js';
import { nextChange, stepFrom } from './navigate.js';
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
  // The `/` prompt reads a moment as `run --at` does.
  const target = parseMoment(text, timeline.scenario.offsetMinutes);
  if (target === null)
    return {
      ...state,
      mode: { kind: 'jump', text },
      message: `"${text}" is not YYYY-MM-DD or YYYY-MM-DD HH:MM.`,
    };
  const browse = { ...state, mode: { kind: 'browse' } as const };
  // Past the end, the jump lands on the last frame.
  const index = Math.min(indexAtOrAfter(timeline.frames, target), timeline.frames.length - 1);
  const past = timeline.frames[index]!.at < target;
  return at(browse, index, past ? 'That is after the last step: showing the last one.' : null);
}
