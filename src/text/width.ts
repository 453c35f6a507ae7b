import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** Widths of text other than printable ASCII; emptied when full, so memory stays bounded. */
const widths = new Map<string, number>();
const WIDTHS_KEPT = 20_000;

/**
 * Text measured in terminal columns, never in code points: a Hangul syllable or a CJK
 * character takes two columns, a combining mark none. Every truncate, pad and wrap in the
 * project goes through here.
 */
export function displayWidth(text: string): number {
  // string-width's own first test, taken before loading it (its tables cost about 30 ms at
  // start): printable ASCII is one column a character. A valid file's names and ids are
  // measured as they are checked, and `run --json` or `validate` then never loads it.
  if (PRINTABLE_ASCII.test(text)) return text.length;
  // The screen measures the same marks, words and lines at every step: each once.
  let width = widths.get(text);
  if (width === undefined) {
    if (widths.size >= WIDTHS_KEPT) widths.clear();
    width = stringWidth(text);
    widths.set(text, width);
  }
  return width;
}

/** Cuts `text` to at most `width` columns, ending with an ellipsis when cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (displayWidth(text) <= width) return text;
  // cli-truncate can end one column over when a wide character sits at the cut: ask for less.
  let cut = cliTruncate(text, width);
  for (let ask = width - 1; displayWidth(cut) > width && ask > 0; ask--) cut = cliTruncate(text, ask);
  // Cut just after a word, the ellipsis goes straight after it: "Liaison…", not "Liaison …".
  return cut.replace(/\s+…$/u, '…');
}

/** What a shortened text never ends with before its ellipsis: a space or a mark between words. */
const BEFORE_ELLIPSIS = /[\s,;:.–-]+$/u;

/**
 * Shortens `text` to at most `width` columns by whole words, ending with an ellipsis when
 * shortened; runs of white space read as one space. A single word wider than the room is
 * split, as wrap splits it. `wholeFrom` (0 to 1): a cut at a word must keep more than that
 * share of the width, else the last word is cut through instead (a chart label would rather
 * lose half a word than most of its room).
 */
export function shortenByWords(text: string, width: number, wholeFrom = 0): string {
  if (width <= 0) return '';
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (displayWidth(flat) <= width) return flat;
  const head = wrap(flat, width - 1)[0] ?? '';
  const cut = displayWidth(head) > width * wholeFrom ? head : truncate(flat, width).replace(/…$/u, '');
  return `${cut.replace(BEFORE_ELLIPSIS, '')}…`;
}

/** `text` cut or padded with spaces to exactly `width` columns. */
export function padEnd(text: string, width: number): string {
  const cut = truncate(text, width);
  return cut + ' '.repeat(Math.max(0, width - displayWidth(cut)));
}

/** `text` cut or padded on the left to exactly `width` columns. */
export function padStart(text: string, width: number): string {
  const cut = truncate(text, width);
  return ' '.repeat(Math.max(0, width - displayWidth(cut))) + cut;
}

/** Word-wraps `text` into lines of at most `width` columns; a word longer than a line is split. */
export function wrap(text: string, width: number): string[] {
  if (width <= 0) return [];
  return wrapAnsi(text, width, { hard: true, trim: true }).split('\n');
}
