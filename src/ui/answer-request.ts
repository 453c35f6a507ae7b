import { branchWhatIf, whatIfOptions } from '../session/branch.js';
import { typedKeys } from './keys.js';
import { reduce } from './state.js';
import type { Action, UiState } from './ui-state.js';

/**
 * The session's answer to the reducer's request, as the action that shows it; null for a
 * request that is not the session's (quit, save) or no request at all.
 */
export function answerRequest(state: UiState): Action | null {
  const request = state.request;
  if (request?.kind === 'what-ifs')
    return {
      type: 'offer-what-ifs',
      index: request.index,
      channel: request.channel,
      options: whatIfOptions(state.history, request.index, request.channel),
    };
  if (request?.kind === 'branch')
    return {
      type: 'branched',
      index: request.index,
      branch: branchWhatIf(state.history, request.index, request.whatIf),
      words: request.words,
    };
  return null;
}

/**
 * One action as the app takes it: the pure reducer, then the session's answer to what it
 * asked. Keys that came in one burst are taken one at a time, each answered before the
 * next is read: a key typed ahead lands on the prompt its predecessor opened.
 */
export function reduceAndAnswer(state: UiState, action: Action): UiState {
  if (action.type === 'key') {
    const keys = typedKeys(action.input, action.key);
    if (keys.length > 1) return keys.reduce((next, k) => answered(next, { type: 'key', ...k }), state);
  }
  return answered(state, action);
}

function answered(state: UiState, action: Action): UiState {
  const next = reduce(state, action);
  // A request is answered once: only a new one (a new object) is the session's to answer.
  const answer = next.request === state.request ? null : answerRequest(next);
  return answer ? reduce(next, answer) : next;
}
