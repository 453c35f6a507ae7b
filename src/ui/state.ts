import type { ChannelId } from '../model/scenario.js';
import { formatOffset, parseIsoWithOffset } from '../time/clock.js';
import type { Timeline } from '../timeline/timeline.js';
import { availableWhatIfs, branchAt, type WhatIf } from '../timeline/whatIf.js';
import { commandFor, typedKeys, type KeyInfo } from './keys.js';
import { frameAtOrAfter, historyIndexOf, nextChange, stepFrom } from './navigate.js';
import { countRange, whatIfWords } from './what-if-words.js';

/** Playback speeds in steps per second. */
export const SPEEDS = [1, 2, 4, 8, 16] as const;

export type Mode =
  | { kind: 'browse' }
  | { kind: 'help' }
  | { kind: 'debrief'; top: number }
  | { kind: 'jump'; text: string }
  | { kind: 'pick-channel'; purpose: 'what-if' | 'follow'; cursor: number; digits: string }
  | { kind: 'pick-event'; channel: ChannelId; options: WhatIf[]; cursor: number; digits: string }
  | { kind: 'count'; whatIf: WhatIf; min: number; max: number; text: string };

export interface UiState {
  history: Timeline;
  /** The what-if being shown, or null for history. */
  branch: Timeline | null;
  index: number;
  playing: boolean;
  speed: number;
  skipChecks: boolean;
  /** The channel whose changes n / N jump to; null means any channel. */
  follow: ChannelId | null;
  /** First channel row shown when the board cannot show them all. */
  scroll: number;
  mode: Mode;
  message: string | null;
  /** An effect asked of the edge of the app (quit, save); a new object for each request. */
  request: { kind: 'quit' | 'save' } | null;
}

export type Action =
  | { type: 'step'; dir: 1 | -1 }
  | { type: 'edge'; to: 'first' | 'last' }
  | { type: 'toggle-play' }
  | { type: 'tick' }
  | { type: 'speed'; by: 1 | -1 }
  | { type: 'toggle-skip' }
  | { type: 'change'; dir: 1 | -1 }
  | { type: 'scroll'; by: number }
  | { type: 'open'; mode: 'help' | 'debrief' | 'jump' | 'what-if' | 'follow' }
  | { type: 'cancel' }
  | { type: 'type'; text: string }
  | { type: 'erase' }
  | { type: 'move'; by: 1 | -1 }
  | { type: 'confirm' }
  | { type: 'back-to-history' }
  | { type: 'say'; message: string }
  | { type: 'key'; input: string; key: KeyInfo };

export function initialState(history: Timeline): UiState {
  return {
    history,
    branch: null,
    index: 0,
    playing: false,
    speed: 1,
    skipChecks: false,
    follow: null,
    scroll: 0,
    mode: { kind: 'browse' },
    message: null,
    request: null,
  };
}

export const shown = (state: UiState): Timeline => state.branch ?? state.history;

const at = (state: UiState, index: number, message: string | null = null): UiState => ({
  ...state,
  index,
  message,
});

function step(state: UiState, dir: 1 | -1): UiState {
  const next = stepFrom(shown(state).frames, state.index, dir, state.skipChecks);
  if (next !== null) return at(state, next);
  const edge = dir > 0 ? 'the end' : 'the start';
  return {
    ...state,
    playing: false,
    message: `Already at ${edge}${state.skipChecks ? ' of the scripted events' : ''}.`,
  };
}

function change(state: UiState, dir: 1 | -1): UiState {
  const timeline = shown(state);
  const channels = state.follow ? [state.follow] : timeline.scenario.channels.map((c) => c.id);
  const next = nextChange(timeline.frames, state.index, dir, channels);
  if (next !== null) return at(state, next);
  const which = state.follow ? channelName(state, state.follow) : 'any channel';
  return { ...state, message: `No ${dir > 0 ? 'later' : 'earlier'} change of ${which}.` };
}

const channelName = (state: UiState, id: ChannelId) =>
  state.history.scenario.channels.find((c) => c.id === id)?.name ?? id;

/** Parses "YYYY-MM-DD" or "YYYY-MM-DD HH:MM" in the scenario's own offset. */
export function parseJump(text: string, offsetMinutes: number): number | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const clock = m[2] === undefined ? '00:00' : `${m[2].padStart(2, '0')}:${m[3]}`;
  return parseIsoWithOffset(`${m[1]}T${clock}${formatOffset(offsetMinutes)}`)?.at ?? null;
}

function jump(state: UiState, text: string): UiState {
  const timeline = shown(state);
  const target = parseJump(text, timeline.scenario.offsetMinutes);
  if (target === null)
    return {
      ...state,
      mode: { kind: 'jump', text },
      message: `"${text}" is not YYYY-MM-DD or YYYY-MM-DD HH:MM.`,
    };
  const browse = { ...state, mode: { kind: 'browse' } as const };
  const index = frameAtOrAfter(timeline.frames, target);
  const past = timeline.frames[index]!.at < target;
  return at(browse, index, past ? 'That is after the last step: showing the last one.' : null);
}

function listLength(state: UiState): number {
  const mode = state.mode;
  if (mode.kind === 'pick-channel') return shown(state).scenario.channels.length;
  if (mode.kind === 'pick-event') return mode.options.length;
  return 0;
}

function typeDigits(state: UiState, text: string): UiState {
  const mode = state.mode;
  if (mode.kind === 'jump') return { ...state, mode: { ...mode, text: mode.text + text } };
  if (mode.kind === 'count')
    return { ...state, mode: { ...mode, text: (mode.text + text).replace(/\D/g, '') } };
  if (mode.kind !== 'pick-channel' && mode.kind !== 'pick-event') return state;
  if (mode.kind === 'pick-channel' && mode.purpose === 'follow' && mode.digits === '' && text === '0')
    return {
      ...state,
      mode: { kind: 'browse' },
      follow: null,
      message: 'n / N now jump to changes of any channel.',
    };
  const digits = (mode.digits + text).replace(/\D/g, '');
  const count = listLength(state);
  const chosen = Number(digits);
  if (digits === '' || chosen < 1 || chosen > count) return { ...state, mode: { ...mode, digits: '' } };
  const picked = { ...state, mode: { ...mode, digits, cursor: chosen - 1 } };
  // Confirm as soon as no longer number could still be meant.
  return chosen * 10 > count ? confirm(picked) : picked;
}

function confirm(state: UiState): UiState {
  const mode = state.mode;
  const browse: UiState = { ...state, mode: { kind: 'browse' } };
  switch (mode.kind) {
    case 'jump':
      return jump(state, mode.text);
    case 'pick-channel': {
      const channel = shown(state).scenario.channels[mode.cursor]!;
      if (mode.purpose === 'follow')
        return { ...browse, follow: channel.id, message: `n / N now jump to changes of ${channel.name}.` };
      const options = availableWhatIfs(state.history, state.index, channel.id);
      if (options.length === 0)
        return { ...browse, message: `Nothing can happen to ${channel.name} at this moment.` };
      return { ...state, mode: { kind: 'pick-event', channel: channel.id, options, cursor: 0, digits: '' } };
    }
    case 'pick-event': {
      const whatIf = mode.options[mode.cursor]!;
      const range = countRange(whatIf, state.history.scenario);
      if (range)
        return {
          ...state,
          mode: { kind: 'count', whatIf, min: range.min, max: range.max, text: String(range.initial) },
        };
      return applyWhatIf(browse, whatIf);
    }
    case 'count': {
      const count = Number(mode.text);
      if (!Number.isInteger(count) || count < mode.min || count > mode.max || mode.text === '')
        return { ...state, message: `Type a number from ${mode.min} to ${mode.max}.` };
      return applyWhatIf(browse, { ...mode.whatIf, count });
    }
    default:
      return state;
  }
}

function applyWhatIf(state: UiState, whatIf: WhatIf): UiState {
  const scenario = state.history.scenario;
  const words = whatIfWords(whatIf, scenario);
  const channel = scenario.channels.find((c) => c.id === whatIf.channel)?.name ?? whatIf.channel;
  const narrate = `What if… ${words} (${channel})? This did not happen: from here on the run is simulated.`;
  const branch = branchAt(state.history, state.index, { ...whatIf, narrate });
  return {
    ...state,
    branch,
    index: state.index + 1,
    playing: false,
    message: `What if: ${words}. Not history. b: back to history · w: save as a scenario`,
  };
}

function open(state: UiState, mode: 'help' | 'debrief' | 'jump' | 'what-if' | 'follow'): UiState {
  const base = { ...state, playing: false, message: null };
  if (mode === 'help') return { ...base, mode: { kind: 'help' } };
  if (mode === 'debrief') return { ...base, mode: { kind: 'debrief', top: 0 } };
  if (mode === 'jump') return { ...base, mode: { kind: 'jump', text: '' } };
  if (mode === 'what-if' && state.branch)
    return { ...base, message: 'This is already a what-if: press b to return to history first.' };
  return { ...base, mode: { kind: 'pick-channel', purpose: mode, cursor: 0, digits: '' } };
}

function move(state: UiState, by: 1 | -1): UiState {
  const mode = state.mode;
  // The debrief's length is the view's business: it stops scrolling past the end itself.
  if (mode.kind === 'debrief') return { ...state, mode: { ...mode, top: Math.max(0, mode.top + by) } };
  if (mode.kind !== 'pick-channel' && mode.kind !== 'pick-event') return state;
  const count = listLength(state);
  return { ...state, mode: { ...mode, digits: '', cursor: (mode.cursor + by + count) % count } };
}

function erase(state: UiState): UiState {
  const mode = state.mode;
  if (mode.kind === 'jump' || mode.kind === 'count')
    return { ...state, mode: { ...mode, text: mode.text.slice(0, -1) } };
  if (mode.kind === 'pick-channel' || mode.kind === 'pick-event')
    return { ...state, mode: { ...mode, digits: '' } };
  return state;
}

/** The UI's own state: pure, so every key can be tested without a terminal. */
export function reduce(state: UiState, action: Action): UiState {
  const frames = shown(state).frames;
  switch (action.type) {
    case 'step':
      return step(state, action.dir);
    case 'edge':
      return at(state, action.to === 'first' ? 0 : frames.length - 1);
    case 'toggle-play': {
      if (state.playing) return { ...state, playing: false, message: null };
      const atEnd = stepFrom(frames, state.index, 1, state.skipChecks) === null;
      return { ...state, playing: true, index: atEnd ? 0 : state.index, message: null };
    }
    case 'tick': {
      if (!state.playing) return state;
      const next = stepFrom(frames, state.index, 1, state.skipChecks);
      return next === null ? { ...state, playing: false } : { ...state, index: next };
    }
    case 'speed': {
      const speed = Math.min(SPEEDS.length - 1, Math.max(0, state.speed + action.by));
      return { ...state, speed, message: `Speed: ${SPEEDS[speed]} steps a second.` };
    }
    case 'toggle-skip':
      return {
        ...state,
        skipChecks: !state.skipChecks,
        message: state.skipChecks
          ? 'Stepping through every frame, routine checks included.'
          : 'Skipping routine checks: stepping lands on scripted events only.',
      };
    case 'change':
      return change(state, action.dir);
    case 'scroll': {
      const last = Math.max(0, shown(state).scenario.channels.length - 1);
      return { ...state, scroll: Math.min(last, Math.max(0, state.scroll + action.by)) };
    }
    case 'open':
      return open(state, action.mode);
    case 'cancel':
      return { ...state, mode: { kind: 'browse' }, message: null };
    case 'type':
      return typeDigits(state, action.text);
    case 'erase':
      return erase(state);
    case 'move':
      return move(state, action.by);
    case 'confirm':
      return confirm(state);
    case 'back-to-history':
      if (!state.branch) return state;
      return {
        ...state,
        branch: null,
        index: historyIndexOf(state.branch, state.index),
        message: 'Back to history.',
      };
    case 'say':
      return { ...state, message: action.message };
    case 'key': {
      const keys = typedKeys(action.input, action.key);
      if (keys.length > 1) return keys.reduce((next, k) => reduce(next, { type: 'key', ...k }), state);
      // Keys are read here, against the newest state, so fast typing never meets a stale one.
      const command = commandFor(state, action.input, action.key);
      if (!command)
        return state.mode.kind === 'browse' && /^[\x21-\x7e]$/.test(action.input)
          ? { ...state, message: `"${action.input}" does nothing here: ? shows every key.` }
          : state;
      if (command.type === 'quit' || command.type === 'save')
        return { ...state, request: { kind: command.type } };
      return reduce(state, command);
    }
  }
}
