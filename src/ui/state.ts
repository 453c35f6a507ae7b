import { questionsAt } from '../analysis/questions.js';
import { historyIndexOf, stepFrom } from './navigate.js';
import { commandFor, typedKeys } from './keys.js';
import { change, step } from './reduce-moves.js';
import { confirm, erase, move, offerWhatIfs, open, showBranch, typeDigits } from './reduce-prompts.js';
import { uiWords } from './ui-words.js';
import { SPEEDS, at, shown, type Action, type UiState } from './ui-state.js';

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
      return { ...state, speed, message: uiWords(state).ui.speed(SPEEDS[speed]!) };
    }
    case 'toggle-skip':
      return {
        ...state,
        skipChecks: !state.skipChecks,
        message: state.skipChecks ? uiWords(state).ui.allFrames : uiWords(state).ui.skipping,
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
