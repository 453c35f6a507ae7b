import { wordsFor, type Words } from '../words/index.js';
import type { UiState } from './ui-state.js';

/** The words the UI's messages are said in: the state's language. */
export const uiWords = (state: Pick<UiState, 'lang'>): Words => wordsFor(state.lang);
