import { questionsAt } from '../analysis/questions.js';
import { historyIndexOf, stepFrom } from './navigate.js';
import { commandFor, typedKeys } from './keys.js';
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
  type UiState,
} from './ui-state.js';

/** The UI's own state: pure, so every key can be tested without a terminal. */
export function reduce(state: UiState, action: Action): UiState {
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
    case 'reveal-answers': {
      const timeline = shown(state);
      const asked = questionsAt(timeline.frames, timeline.scenario.questions, state.index);
      return asked.length > 0
        ? { ...state, answersAt: state.index, message: null }
        : { ...state, message: uiWords(state).ui.noQuestion };
    }
    case 'key': {
      // A new key replaces a move still waiting for its frames.
      if (state.pending) state = { ...state, pending: null, message: null };
      const keys = typedKeys(action.input, action.key);
      if (keys.length > 1) return keys.reduce((next, k) => reduce(next, { type: 'key', ...k }), state);
      // Keys are read here, against the newest state, so fast typing never meets a stale one.
      const command = commandFor(state, action.input, action.key);
      if (!command)
        return state.mode.kind === 'browse' && /^[\x21-\x7e]$/.test(action.input)
          ? { ...state, message: uiWords(state).ui.unknownKey(action.input) }
          : state;
      if (command.type === 'quit' || command.type === 'save')
        return { ...state, request: { kind: command.type } };
      return reduce(state, command);
    }
  }
}
