import { useInput, useStdin } from 'ink';
import { useEffect, type Dispatch } from 'react';
import type { Action, UiState } from './state.js';

export interface Effects {
  quit(): void;
  save(): void;
}

/**
 * The app's one keyboard listener. Every key goes to the reducer, which reads it against
 * the newest state; what it asks of the outside (quit, save) comes back as a request.
 */
export function useKeyRouter(
  request: UiState['request'],
  dispatch: Dispatch<Action>,
  effects: Effects,
): void {
  const { isRawModeSupported } = useStdin();
  useInput((input, key) => dispatch({ type: 'key', input, key }), { isActive: isRawModeSupported === true });
  useEffect(() => {
    if (request?.kind === 'quit') effects.quit();
    if (request?.kind === 'save') effects.save();
    // Each request is a new object: it runs once, whatever else re-renders.
  }, [request]);
}
