import { Text } from 'ink';
import { memo } from 'react';
import { displayWidth } from '../text/width.js';
import { fitParts } from './fit-parts.js';
import { WIDE_COLUMNS } from './layout.js';
import type { UiState } from './state.js';
import { uiWords } from './ui-words.js';

/** The keys that work right now, in the order the words list them. */
export function keysFor(state: UiState, width = 200): string {
  const wide = width >= WIDE_COLUMNS;
  const bar = uiWords(state).ui.bar;
  switch (state.mode.kind) {
    case 'help':
      return bar.help;
    case 'debrief':
      return bar.debrief;
    case 'jump':
    case 'count':
      return bar.prompt;
    case 'pick-channel':
    case 'pick-event':
      return bar.pick;
    case 'browse':
      if (state.present && !state.branch) return bar.present;
      if (state.branch) return bar.branch;
      return wide ? bar.wide : bar.narrow;
  }
}

/** The keys a user cannot do without come first; keys not named here give way before them. */
const KEEP = ['q', '?', 'space', 'a', ']', 'p', '←→', 'b', 'w', 'Esc', 'Enter', 'i', 'd', '/', 'n/N'];
const SEPARATOR = '  ';

/** Each entry of a bar ("key label", two spaces apart), ranked by its key. */
export function fitKeys(bar: string, width: number): string {
  const entries = bar.split(SEPARATOR).map((text, at) => {
    const key = text.split(' ')[0]!;
    const rank = KEEP.indexOf(key);
    return { text, rank: rank < 0 ? KEEP.length + at : rank };
  });
  return fitParts(entries, SEPARATOR, width);
}

interface Props {
  /** The keys that fit (fitKeys of keysFor), in `width - 1` columns. */
  keys: string;
  width: number;
}

/** The key bar, drawn again only when its keys (or the width) change. */
export const KeyBar = memo(function KeyBar({ keys, width }: Props) {
  // One column of margin each side where there is room for it; the keys come first.
  return (
    <Text wrap="truncate" inverse>
      {' '}
      {keys}
      {displayWidth(keys) < width - 1 ? ' ' : ''}
    </Text>
  );
});
