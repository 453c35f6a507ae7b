import { useEffect, type Dispatch } from 'react';
import type { SimulationFeed } from '../session/progressive.js';
import type { Action } from './state.js';

/**
 * Follows history while the session simulates it: each slice it reports becomes a
 * `simulated` action. A run that meets a problem (a refused event) closes the screen, and
 * the caller prints the problem.
 */
export function useSimulationFeed(
  feed: SimulationFeed | undefined,
  dispatch: Dispatch<Action>,
  onProblems: () => void,
): void {
  useEffect(() => {
    if (!feed) return;
    const update = () => {
      if (feed.problems.length > 0) onProblems();
      else dispatch({ type: 'simulated', done: feed.done });
    };
    const unsubscribe = feed.subscribe(update);
    update(); // slices may have landed before the screen was there to hear of them
    return () => {
      unsubscribe();
      feed.stop();
    };
  }, [feed, dispatch]);
}
