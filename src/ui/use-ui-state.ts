import { useCallback, useRef, useState, type Dispatch } from 'react';
import type { Timeline } from '../timeline/timeline.js';
import { reduceAndAnswer } from './answer-request.js';
import { initialState, type Action, type StartOptions, type UiState } from './state.js';

/**
 * The UI state and its dispatch: each action goes through the pure reducer, and what it
 * asks of the session (what-if options, a branch) is answered before the next frame is
 * drawn, so no half-done screen shows in between.
 */
export function useUiState(timeline: Timeline, options: StartOptions = {}): [UiState, Dispatch<Action>] {
  const [state, setState] = useState(() => initialState(timeline, options));
  const current = useRef(state);
  const dispatch = useCallback((action: Action) => {
    current.current = reduceAndAnswer(current.current, action);
    setState(current.current);
  }, []);
  return [state, dispatch];
}
