import type { Timeline } from '../timeline/timeline.js';
import type { WhatIf } from '../timeline/whatIf.js';
import type { ChannelId } from '../model/scenario.js';
import { confirmJump, doOrWait } from './reduce-progress.js';
import { channelName, growing, shown, type UiState } from './ui-state.js';
import { countRange, whatIfWords } from './what-if-words.js';
import { uiWords } from './ui-words.js';

/** The prompts and pickers: typing, choosing from a list, and the what-if they build. */

function listLength(state: UiState): number {
  const mode = state.mode;
  if (mode.kind === 'pick-channel') return shown(state).scenario.channels.length;
  if (mode.kind === 'pick-event') return mode.options.length;
  return 0;
}

export function typeDigits(state: UiState, text: string): UiState {
  const mode = state.mode;
  // Typing again answers a refusal's message: the prompt shows what is being typed.
  if (mode.kind === 'jump') return { ...state, message: null, mode: { ...mode, text: mode.text + text } };
  if (mode.kind === 'count')
    return { ...state, message: null, mode: { ...mode, text: (mode.text + text).replace(/\D/g, '') } };
  if (mode.kind !== 'pick-channel' && mode.kind !== 'pick-event') return state;
  if (mode.kind === 'pick-channel' && mode.purpose === 'follow' && mode.digits === '' && text === '0')
    return {
      ...state,
      mode: { kind: 'browse' },
      follow: null,
      message: uiWords(state).ui.followAny,
    };
  const digits = (mode.digits + text).replace(/\D/g, '');
  const count = listLength(state);
  const chosen = Number(digits);
  if (digits === '' || chosen < 1 || chosen > count) return { ...state, mode: { ...mode, digits: '' } };
  const picked = { ...state, mode: { ...mode, digits, cursor: chosen - 1 } };
  // Confirm as soon as no longer number could still be meant.
  return chosen * 10 > count ? confirm(picked) : picked;
}

export function confirm(state: UiState): UiState {
  const mode = state.mode;
  const browse: UiState = { ...state, mode: { kind: 'browse' } };
  switch (mode.kind) {
    case 'jump':
      return confirmJump(state, mode.text);
    case 'pick-channel': {
      const channel = shown(state).scenario.channels[mode.cursor]!;
      if (mode.purpose === 'follow')
        return { ...browse, follow: channel.id, message: uiWords(state).ui.followOne(channel.name) };
      // The session works out what can happen (it restores the simulation); offerWhatIfs shows it.
      return { ...state, request: { kind: 'what-ifs', index: state.index, channel: channel.id } };
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
        return { ...state, message: uiWords(state).ui.typeNumber(mode.min, mode.max) };
      return applyWhatIf(browse, { ...mode.whatIf, count });
    }
    default:
      return state;
  }
}

/** The session's answer to a what-ifs request: the list to pick from, or why there is none. */
export function offerWhatIfs(state: UiState, index: number, channel: ChannelId, options: WhatIf[]): UiState {
  // Asked from the channel picker at `index`: an answer to a moved-on screen is dropped.
  if (state.mode.kind !== 'pick-channel' || state.index !== index || state.branch) return state;
  const browse: UiState = { ...state, mode: { kind: 'browse' } };
  if (options.length === 0)
    return { ...browse, message: uiWords(state).ui.nothingCanHappen(channelName(state, channel)) };
  return { ...state, mode: { kind: 'pick-event', channel, options, cursor: 0, digits: '' } };
}

function applyWhatIf(state: UiState, whatIf: WhatIf): UiState {
  const scenario = state.history.scenario;
  const words = whatIfWords(whatIf, scenario, state.lang);
  const channel = channelName(state, whatIf.channel);
  const narrate = uiWords(state).ui.whatIfNarration(words, channel);
  // The session simulates the branch; showBranch shows it. It is compared with the whole of
  // history, so while history is still simulated it is asked for once history is whole.
  const request = { kind: 'branch', index: state.index, whatIf: { ...whatIf, narrate }, words } as const;
  return growing(state) ? doOrWait(state, { kind: 'branch', request }) : { ...state, request };
}

/** The session's answer to a branch request: the what-if, shown from its first frame. */
export function showBranch(state: UiState, index: number, branch: Timeline, words: string): UiState {
  if (state.branch || state.index !== index) return state;
  return {
    ...state,
    branch,
    index: index + 1,
    playing: false,
    message: uiWords(state).ui.whatIfShown(words),
  };
}

export function open(state: UiState, mode: 'help' | 'debrief' | 'jump' | 'what-if' | 'follow'): UiState {
  const base = { ...state, playing: false, message: null };
  if (mode === 'help') return { ...base, mode: { kind: 'help', top: 0 } };
  if (mode === 'debrief') return { ...base, mode: { kind: 'debrief', top: 0, whole: !state.present } };
  if (mode === 'jump') return { ...base, mode: { kind: 'jump', text: '' } };
  if (mode === 'what-if' && state.branch) return { ...base, message: uiWords(state).ui.alreadyWhatIf };
  return { ...base, mode: { kind: 'pick-channel', purpose: mode, cursor: 0, digits: '' } };
}

export function move(state: UiState, by: 1 | -1): UiState {
  const mode = state.mode;
  // The debrief's and help's length are the view's business: it stops scrolling past the end itself.
  if (mode.kind === 'debrief' || mode.kind === 'help')
    return { ...state, mode: { ...mode, top: Math.max(0, mode.top + by) } };
  if (mode.kind !== 'pick-channel' && mode.kind !== 'pick-event') return state;
  const count = listLength(state);
  return { ...state, mode: { ...mode, digits: '', cursor: (mode.cursor + by + count) % count } };
}

export function erase(state: UiState): UiState {
  const mode = state.mode;
  if (mode.kind === 'jump' || mode.kind === 'count')
    return { ...state, message: null, mode: { ...mode, text: mode.text.slice(0, -1) } };
  if (mode.kind === 'pick-channel' || mode.kind === 'pick-event')
    return { ...state, mode: { ...mode, digits: '' } };
  return state;
}
