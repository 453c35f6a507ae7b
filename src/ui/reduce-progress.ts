import { parseMoment } from '../time/clock.js';
import { change, jump, step } from './reduce-moves.js';
import { uiWords } from './ui-words.js';
import { at, growing, shown, type Pending, type UiState } from './ui-state.js';

/**
 * Moves that reach past the frames simulated so far wait for them: the move is kept as
 * `pending` and done when the frames it needs arrive, so the screen lands exactly where
 * the one-shot run would have put it.
 */

const waitFor = (state: UiState, pending: Pending): UiState => ({
  ...state,
  // A typed moment closes its prompt while it waits, as it does once it is there.
  mode: pending.kind === 'jump' ? { kind: 'browse' } : state.mode,
  pending,
  message:
    pending.kind === 'branch' ? uiWords(state).progress.whatIfWaiting : uiWords(state).progress.waiting,
});

/** Whether `pending` can be done with the frames there are now. */
function ready(state: UiState, pending: Pending): boolean {
  if (!growing(state)) return true;
  const frames = shown(state).frames;
  const last = frames[frames.length - 1]!;
  switch (pending.kind) {
    case 'last':
    case 'branch':
      return false;
    case 'jump':
      // Frames may share a moment: only a later frame proves every one at `at` is in.
      return last.at > pending.at;
    case 'step':
      return step(state, 1).index !== state.index;
    case 'change':
      return change(state, 1).index !== state.index;
  }
}

function perform(state: UiState, pending: Pending): UiState {
  const cleared = { ...state, pending: null };
  switch (pending.kind) {
    case 'last':
      return at(cleared, shown(state).frames.length - 1);
    case 'jump':
      return jump(cleared, pending.text);
    case 'step':
      return step(cleared, 1);
    case 'change':
      return change(cleared, 1);
    case 'branch':
      return { ...cleared, message: null, request: pending.request };
  }
}

/** Does `pending` now if its frames are there, or waits for them. */
export function doOrWait(state: UiState, pending: Pending): UiState {
  return ready(state, pending) ? perform(state, pending) : waitFor(state, pending);
}

/** The `/` prompt's Enter: a moment past the simulated frames waits for them. */
export function confirmJump(state: UiState, text: string): UiState {
  const target = parseMoment(text, shown(state).scenario.zone);
  if (target === null || !growing(state)) return jump(state, text);
  return doOrWait(state, { kind: 'jump', text, at: target });
}

/** More frames arrived: the screen follows, and a waiting move is done once it can be. */
export function simulated(state: UiState, done: boolean): UiState {
  const next = { ...state, simulating: !done };
  return next.pending && ready(next, next.pending) ? perform(next, next.pending) : next;
}
