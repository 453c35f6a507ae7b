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

/**
 * Each entry of a bar ("key label", two spaces apart), ranked by its key. When some keys give
 * way, the help key's entry becomes `allKeys` ("? keys", short enough to keep the others): the help lists every one.
 */
export function fitKeys(bar: string, width: number, allKeys?: string): string {
  const entries = bar.split(SEPARATOR).map((text, at) => {
    const key = text.split(' ')[0]!;
    const rank = KEEP.indexOf(key);
    return { text, rank: rank < 0 ? KEEP.length + at : rank };
  });
  if (allKeys === undefined || displayWidth(bar) <= width) return fitParts(entries, SEPARATOR, width);
  return fitParts(
    entries.map((e) => (e.text.split(' ')[0] === '?' ? { ...e, text: allKeys } : e)),
    SEPARATOR,
    width,
  );
}

/** The key bar's margin: one column before the keys, and one after them, where there is room. */
const MARGIN = ' ';

/**
 * The columns the keys may take on a screen `columns` wide: all but the last. The bar is the
 * terminal's last row, and a Windows console scrolls the whole screen up a line when the
 * bottom-right cell is written, so that cell stays empty.
 */
export const keysRoom = (columns: number): number => columns - 1;

interface Props {
  /** The keys that fit (fitKeys of keysFor), in keysRoom(width) columns. */
  keys: string;
  width: number;
}

/** The key bar, drawn again only when its keys (or the width) change. */
export const KeyBar = memo(function KeyBar({ keys, width }: Props) {
  // The keys come first: the margins only where there is room for them, the one before first.
  const spare = keysRoom(width) - displayWidth(keys);
  return (
    <Text wrap="truncate" inverse>
      {spare > 0 ? MARGIN : ''}
      {keys}
      {spare > 1 ? MARGIN : ''}
    </Text>
  );
});
