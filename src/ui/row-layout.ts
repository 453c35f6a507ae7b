import { displayWidth, truncate, wrap } from '../text/width.js';

/**
 * Where a channel row's words go, a pure function of the room. The reason comes first: it
 * wraps onto the row's second line before it is cut, and the "≠ history" mark takes what room
 * the reason leaves (or moves to the next line), so it never pushes the reason out. The
 * detail line is the first to give way.
 */
export interface RowPlan {
  /** Line one, after the status word: the reason's first part, then the mark if it fits. */
  reason: string;
  was: string;
  /** Line two (rows of two or three lines): the reason's rest, the mark, the detail. */
  second: { reason: string; was: string; detail: string } | null;
  /** Line three (rows of three lines): the detail, led by the mark when line two had no room. */
  third: { was: string; detail: string } | null;
}

export interface RowRoom {
  lines: 1 | 2 | 3;
  /** Columns after the status word on line one (the check, when on that line, already taken off). */
  first: number;
  /** Columns of the lines below, after their indent (the check, when on line two, taken off). */
  below: number;
}

const fits = (parts: string[], room: number) => displayWidth(parts.filter(Boolean).join(' ')) <= room;

export function planRow(reason: string, was: string, detail: string, room: RowRoom): RowPlan {
  if (room.lines === 1) {
    if (fits([reason, was], room.first)) return { reason, was, second: null, third: null };
    return { reason: truncate(reason, room.first), was: '', second: null, third: null };
  }
  if (room.lines === 3) {
    const second = fits([reason, was], room.below)
      ? { reason, was, detail: '' }
      : { reason: truncate(reason, room.below), was: '', detail: '' };
    const markBelow = second.was ? '' : was;
    const third = {
      was: markBelow,
      detail: truncate(detail, room.below - (markBelow ? displayWidth(markBelow) + 1 : 0)),
    };
    return { reason: '', was: '', second, third };
  }
  // Two lines: the reason's first line, then its rest, the mark and the detail below.
  if (fits([reason, was], room.first))
    return { reason, was, second: { reason: '', was: '', detail }, third: null };
  const parts = wrap(reason, room.first);
  const head = parts[0] ?? '';
  const rest = reason.slice(reason.indexOf(head) + head.length).trim();
  if (!rest) {
    // The reason fits alone: the mark leads the line below.
    return {
      reason,
      was: '',
      second: { reason: '', was, detail: cutDetail(detail, was, room.below) },
      third: null,
    };
  }
  const restShown = truncate(rest, room.below - (was ? displayWidth(was) + 1 : 0));
  const used = displayWidth([restShown, was].filter(Boolean).join(' '));
  const detailRoom = room.below - used - 3;
  return {
    reason: head,
    was: '',
    second: {
      reason: restShown,
      was,
      detail: detailRoom >= 8 ? truncate(detail, detailRoom) : '',
    },
    third: null,
  };
}

function cutDetail(detail: string, was: string, room: number): string {
  return truncate(detail, room - (was ? displayWidth(was) + 1 : 0));
}
