import { displayWidth, shortenByWords, truncate, wrap } from '../text/width.js';

/**
 * Where a channel row's words go, a pure function of the room. The reason comes first: it
 * wraps onto the row's second line before it is cut, and the "≠ history" mark takes what room
 * the reason leaves (or moves to the next line), so it never pushes the reason out. Where its
 * long form does not fit, its short form ("≠") stands in: a row that differs from history
 * always says so. The detail line is the first to give way.
 */
export interface RowPlan {
  /** Line one, after the status word: the reason's first part, then the mark if it fits. */
  reason: string;
  was: string;
  /** Line two (rows of two or three lines): the reason's rest, the mark, the detail. */
  second: { reason: string; was: string; detail: string } | null;
  /**
   * Line three (rows of three lines): the reason's rest when it took two lines (presenting),
   * or the detail, led by the mark when line two had no room.
   */
  third: { reason: string; was: string; detail: string } | null;
}

export interface RowRoom {
  lines: 1 | 2 | 3;
  /**
   * Presenter mode: no word is cut. A reason or detail that does not fit its lines is
   * shortened by whole words (ending "…"), or left out when too little room is left to say
   * anything (the status word still says it).
   */
  whole?: boolean;
  /** Columns after the status word on line one (the check, when on that line, already taken off). */
  first: number;
  /** Columns of the lines below, after their indent (the check, when on line two, taken off). */
  below: number;
}

/** The "≠ history" mark of a row that differs from history (both empty when it does not). */
export interface RowMark {
  long: string;
  short: string;
}

export const NO_MARK: RowMark = { long: '', short: '' };

/** Presenting, fewer columns than this say too little of a reason to be worth showing. */
const MIN_SHORTENED = 12;

const fits = (parts: string[], room: number) => displayWidth(parts.filter(Boolean).join(' ')) <= room;

/** The columns of `room` left beside `mark` and the space after it (all of them with no mark). */
const beside = (mark: string, room: number) => room - (mark ? displayWidth(mark) + 1 : 0);

export function planRow(reason: string, mark: RowMark, detail: string, room: RowRoom): RowPlan {
  const was = mark.long;
  // The mark's long form where it fits the room, else its short one, else none.
  const markIn = (width: number) =>
    displayWidth(was) <= width ? was : displayWidth(mark.short) <= width ? mark.short : '';
  // Cut to the room, or (presenting) shortened by whole words, or shed.
  const cut = (text: string, width: number) =>
    !room.whole
      ? truncate(text, width)
      : displayWidth(text) <= width
        ? text
        : width >= MIN_SHORTENED
          ? shortenByWords(text, width)
          : '';
  if (room.lines === 1) {
    if (fits([reason, was], room.first)) return { reason, was, second: null, third: null };
    // The short mark keeps its room; shed, the reason leaves all of it to the mark.
    const shown = cut(reason, beside(mark.short, room.first));
    return { reason: shown, was: shown ? mark.short : markIn(room.first), second: null, third: null };
  }
  if (room.lines === 3) {
    if (room.whole && !fits([reason, was], room.below)) {
      // Presenting, a long reason takes both lines below (the detail gives way).
      const [one = '', ...rest] = wrap(reason, room.below);
      const below = markIn(room.below);
      return {
        reason: '',
        was: '',
        second: { reason: one, was: '', detail: '' },
        third: { reason: cut(rest.join(' '), beside(below, room.below)), was: below, detail: '' },
      };
    }
    const second = fits([reason, was], room.below)
      ? { reason, was, detail: '' }
      : { reason: cut(reason, room.below), was: '', detail: '' };
    const markBelow = second.was ? '' : markIn(room.below);
    const third = { reason: '', was: markBelow, detail: cut(detail, beside(markBelow, room.below)) };
    return { reason: '', was: '', second, third };
  }
  // Two lines: the reason's first line, then its rest, the mark and the detail below.
  if (fits([reason, was], room.first))
    return {
      reason,
      was,
      second: { reason: '', was: '', detail: room.whole ? cut(detail, room.below) : detail },
      third: null,
    };
  const parts = wrap(reason, room.first);
  const head = parts[0] ?? '';
  const rest = reason.slice(reason.indexOf(head) + head.length).trim();
  if (!rest) {
    // The reason fits alone: the mark leads the line below.
    const below = markIn(room.below);
    return {
      reason,
      was: '',
      second: { reason: '', was: below, detail: cut(detail, beside(below, room.below)) },
      third: null,
    };
  }
  const below = markIn(room.below);
  const restShown = cut(rest, beside(below, room.below));
  const used = displayWidth([restShown, below].filter(Boolean).join(' '));
  const detailRoom = room.below - used - 3;
  return {
    reason: head,
    was: '',
    second: {
      reason: restShown,
      was: below,
      detail: detailRoom >= 8 ? cut(detail, detailRoom) : '',
    },
    third: null,
  };
}
