import { useCallback, useRef, type Dispatch } from 'react';
import type { Timeline } from '../timeline/timeline.js';
import type { Words } from '../words/index.js';
import type { Action } from './state.js';

/** Saves the branch through `save` (the file system lives outside the UI) and reports the path. */
export function useSave(
  branch: Timeline | null,
  dispatch: Dispatch<Action>,
  save: ((branch: Timeline) => Promise<string>) | undefined,
  words: Words,
): () => void {
  const busy = useRef(false);
  return useCallback(() => {
    if (!branch || !save || busy.current) return;
    busy.current = true;
    dispatch({ type: 'say', message: words.ui.saving });
    save(branch)
      .then((path) => dispatch({ type: 'saved', branch, path, message: words.ui.saved(path) }))
      .catch((error: unknown) =>
        dispatch({
          type: 'say',
          message: words.ui.couldNotSave(error instanceof Error ? error.message : String(error)),
        }),
      )
      .finally(() => {
        busy.current = false;
      });
  }, [branch, dispatch, save, words]);
}
