import { questionsAt, questionsByFrame } from '../analysis/questions.js';
import { historyIndexOf, stepFrom } from './navigate.js';
import { commandFor, type Command } from './keys.js';
import { change, step } from './reduce-moves.js';
import { confirm, erase, move, offerWhatIfs, open, showBranch, typeDigits } from './reduce-prompts.js';
import { uiWords } from './ui-words.js';
import { doOrWait, simulated } from './reduce-progress.js';
import { SPEEDS, at, growing, shown, type Action, type UiState } from './ui-state.js';

export {
  SPEEDS,
  initialState,
  shown,
  type Action,
  type Mode,
  type Request,
  type StartOptions,
  type UiState,
} from './ui-state.js';

/** The UI's own state: pure, so every key can be tested without a terminal. */
export function reduce(state: UiState, action: Action): UiState {
  const next = reduceOnce(state, action);
  // A new moment starts its story on the first page.
  return next.index !== state.index || next.branch !== state.branch ? { ...next, storyPage: 0 } : next;
}

/** The first frame after `index` and up to `until` that asks the class a question; null if none. */
function questionBetween(state: UiState, index: number, until: number): number | null {
  const { frames, scenario } = shown(state);
  let first: number | null = null;
  for (const at of questionsByFrame(frames, scenario.questions).keys())
    if (at > index && at <= until && (first === null || at < first)) first = at;
  return first;
}

/** Whether `command` moves the screen elsewhere (so a move waiting for its frames is given up). */
const movesOn = (state: UiState, command: Command): boolean =>
  MOVES.has(command.type) || (command.type === 'confirm' && state.mode.kind === 'jump');
const MOVES = new Set<Command['type']>(['step', 'edge', 'change', 'toggle-play', 'back-to-history']);

/** An unsaved what-if is on screen: quitting would lose it. */
const unsaved = (state: UiState): boolean => state.branch !== null && state.saved?.branch !== state.branch;

function reduceOnce(state: UiState, action: Action): UiState {
  const frames = shown(state).frames;
  switch (action.type) {
    case 'step':
      return action.dir > 0 && growing(state) ? doOrWait(state, { kind: 'step' }) : step(state, action.dir);
    case 'edge':
      if (action.to === 'last' && growing(state)) return doOrWait(state, { kind: 'last' });
      return at(state, action.to === 'first' ? 0 : frames.length - 1);
    case 'toggle-play': {
      if (state.playing) return { ...state, playing: false, message: null };
      const atEnd = !growing(state) && stepFrom(frames, state.index, 1, state.skipChecks) === null;
      return { ...state, playing: true, index: atEnd ? 0 : state.index, message: null };
    }
    case 'tick': {
      if (!state.playing) return state;
      const next = stepFrom(frames, state.index, 1, state.skipChecks);
      // Play waits at every step that asks the class a question, even one skipping would pass.
      const asked = questionBetween(state, state.index, next ?? frames.length - 1);
      if (asked !== null)
        return {
          ...state,
          index: asked,
          playing: false,
          message: uiWords(state).classroom.stoppedAtQuestion,
        };
      // At the frames simulated so far, playing waits for the next one rather than stopping.
      if (next === null) return growing(state) ? state : { ...state, playing: false };
      return { ...state, index: next };
    }
    case 'speed': {
      const speed = Math.min(SPEEDS.length - 1, Math.max(0, state.speed + action.by));
      return { ...state, speed, message: uiWords(state).ui.speed(SPEEDS[speed]!) };
    }
    case 'toggle-skip':
      return {
        ...state,
        skipChecks: !state.skipChecks,
        message: state.skipChecks ? uiWords(state).ui.allFrames : uiWords(state).ui.skipping,
      };
    case 'change':
      return action.dir > 0 && growing(state)
        ? doOrWait(state, { kind: 'change', dir: 1 })
        : change(state, action.dir);
    case 'simulated':
      return simulated(state, action.done);
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
        message: uiWords(state).ui.backToHistory,
      };
    case 'say':
      return { ...state, message: action.message };
    case 'offer-what-ifs':
      return offerWhatIfs(state, action.index, action.channel, action.options);
    case 'branched':
      return showBranch(state, action.index, action.branch, action.words);
    case 'saved':
      return { ...state, saved: { branch: action.branch, path: action.path }, message: action.message };
    case 'toggle-present':
      return {
        ...state,
        present: !state.present,
        message: state.present ? uiWords(state).classroom.presentOff : uiWords(state).classroom.presentOn,
      };
    case 'page':
      return { ...state, storyPage: state.storyPage + action.by };
    case 'toggle-whole-debrief':
      return state.mode.kind === 'debrief'
        ? { ...state, mode: { ...state.mode, whole: !state.mode.whole, top: 0 } }
        : state;
    case 'reveal-answers': {
      const timeline = shown(state);
      const asked = questionsAt(timeline.frames, timeline.scenario.questions, state.index);
      return asked.length > 0
        ? { ...state, answersAt: state.index, storyPage: 0, message: null }
        : { ...state, message: uiWords(state).ui.noQuestion };
    }
    case 'key': {
      // Keys are read here, against the newest state, so fast typing never meets a stale one.
      const command = commandFor(state, action.input, action.key);
      // A new move replaces a move still waiting for its frames; other keys (the debrief, help,
      // a prompt being typed) leave it waiting.
      if (state.pending && command && movesOn(state, command))
        state = { ...state, pending: null, message: null };
      if (!command)
        return state.mode.kind === 'browse' && /^[\x21-\x7e]$/.test(action.input)
          ? { ...state, message: uiWords(state).ui.unknownKey(action.input) }
          : state;
      const asked = { ...state, quitAsked: false };
      // q asks once before an unsaved what-if is lost; Ctrl-C always quits at once.
      if (command.type === 'quit' && !action.key.ctrl && unsaved(state) && !state.quitAsked)
        return { ...state, quitAsked: true, message: uiWords(state).classroom.quitUnsaved };
      if (command.type === 'quit' || command.type === 'save')
        return { ...asked, request: { kind: command.type } };
      return reduce(asked, command);
    }
  }
}
