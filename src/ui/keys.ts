import type { Key } from 'ink';
import type { Action, UiState } from './state.js';
import { uiWords } from './ui-words.js';

/** What a key asks for: a change of UI state, or an effect at the edge (quit, save). */
export type Command = Exclude<Action, { type: 'key' }> | { type: 'quit' } | { type: 'save' };

export type KeyInfo = Pick<
  Key,
  'leftArrow' | 'rightArrow' | 'upArrow' | 'downArrow' | 'return' | 'escape' | 'ctrl' | 'backspace' | 'delete'
> &
  Partial<Key>;

function browseKey(state: UiState, input: string, key: KeyInfo): Command | null {
  if (key.rightArrow || input === 'l') return { type: 'step', dir: 1 };
  if (key.leftArrow || input === 'h') return { type: 'step', dir: -1 };
  if (key.upArrow) return { type: 'scroll', by: -1 };
  if (key.downArrow) return { type: 'scroll', by: 1 };
  if (key.pageDown) return { type: 'page', by: 1 };
  if (key.pageUp) return { type: 'page', by: -1 };
  if (key.escape) return state.branch ? { type: 'back-to-history' } : null;
  switch (input) {
    case 'g':
      return { type: 'edge', to: 'first' };
    case 'G':
      return { type: 'edge', to: 'last' };
    case ' ':
      return { type: 'toggle-play' };
    case '+':
    case '=':
      return { type: 'speed', by: 1 };
    case '-':
      return { type: 'speed', by: -1 };
    case 's':
      return { type: 'toggle-skip' };
    case 'n':
      return { type: 'change', dir: 1 };
    case 'N':
      return { type: 'change', dir: -1 };
    case 'c':
      return { type: 'open', mode: 'follow' };
    case '/':
      return { type: 'open', mode: 'jump' };
    case '?':
      return { type: 'open', mode: 'help' };
    case 'd':
      return { type: 'open', mode: 'debrief' };
    case 'i':
      return { type: 'open', mode: 'what-if' };
    case 'b':
      return { type: 'back-to-history' };
    case 'a':
      return { type: 'reveal-answers' };
    case 'p':
      return { type: 'toggle-present' };
    case ']':
      return { type: 'page', by: 1 };
    case '[':
      return { type: 'page', by: -1 };
    case 'w':
      if (!state.branch) return { type: 'say', message: uiWords(state).ui.nothingToSave };
      // Saving the same what-if again would only write a second copy under another number.
      return state.saved?.branch === state.branch
        ? { type: 'say', message: uiWords(state).ui.alreadySaved(state.saved.path) }
        : { type: 'save' };
    case 'q':
      return { type: 'quit' };
    default:
      return null;
  }
}

function promptKey(input: string, key: KeyInfo): Command | null {
  if (key.escape) return { type: 'cancel' };
  if (key.return) return { type: 'confirm' };
  if (key.backspace || key.delete) return { type: 'erase' };
  if (key.upArrow) return { type: 'move', by: -1 };
  if (key.downArrow) return { type: 'move', by: 1 };
  if (input && !key.ctrl && !key.meta) return { type: 'type', text: input };
  return null;
}

/** The one key map of the whole app: a pure function of the UI state and the key. */
export function commandFor(state: UiState, input: string, key: KeyInfo): Command | null {
  if (key.ctrl && input === 'c') return { type: 'quit' };
  switch (state.mode.kind) {
    case 'browse':
      return browseKey(state, input, key);
    case 'help':
      if (input === 'q') return { type: 'quit' };
      if (key.upArrow || input === 'k') return { type: 'move', by: -1 };
      if (key.downArrow || input === 'j') return { type: 'move', by: 1 };
      return key.escape || key.return || input === '?' || input === ' ' ? { type: 'cancel' } : null;
    case 'debrief':
      if (input === 'q') return { type: 'quit' };
      if (key.upArrow || input === 'k') return { type: 'move', by: -1 };
      if (key.downArrow || input === 'j') return { type: 'move', by: 1 };
      if (input === 'f') return { type: 'toggle-whole-debrief' };
      return key.escape || key.return || input === 'd' || input === ' ' ? { type: 'cancel' } : null;
    default:
      return promptKey(input, key);
  }
}

/** A plain key press: no arrow, modifier or special key. */
export const NO_KEY: KeyInfo = {
  leftArrow: false,
  rightArrow: false,
  upArrow: false,
  downArrow: false,
  return: false,
  escape: false,
  ctrl: false,
  backspace: false,
  delete: false,
};

/**
 * Ink hands over pasted (or very fast) text as one string; read it as the keys it was
 * typed as, so "/2019-03-25 09:00⏎" jumps just as it would typed slowly.
 */
export function typedKeys(input: string, key: KeyInfo): { input: string; key: KeyInfo }[] {
  if ([...input].length <= 1 || input.includes('\x1b') || key.ctrl || key.meta) return [{ input, key }];
  return [...input].map((char) =>
    char === '\r' || char === '\n'
      ? { input: '', key: { ...NO_KEY, return: true } }
      : char === '\x7f' || char === '\b'
        ? { input: '', key: { ...NO_KEY, backspace: true } }
        : { input: char, key: NO_KEY },
  );
}
