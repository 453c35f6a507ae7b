import { wordsFor } from '../words/index.js';

/** The words the terminal UI speaks in (English until the UI is handed a language). */
export const UI_WORDS = wordsFor('en');
