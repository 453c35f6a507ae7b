import { useEffect, type Dispatch } from 'react';
import { SPEEDS, type Action } from './state.js';

/** While playing, one tick per step at the chosen speed; stops with the app. */
export function usePlayback(playing: boolean, speed: number, dispatch: Dispatch<Action>): void {
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => dispatch({ type: 'tick' }), 1000 / SPEEDS[speed]!);
    return () => clearInterval(timer);
  }, [playing, speed, dispatch]);
}
