import { CHECK_RESULTS } from '../channels/checkResults.js';
import type { ChannelStatus } from '../model/scenario.js';
import { DAY, formatClock, formatDateTime, localTime, toIsoDate } from '../time/clock.js';
import type { LastCheck } from '../timeline/lastCheck.js';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** A mark per status that reads without colour: shape, then word. */
export const STATUS_MARK: Record<ChannelStatus, string> = { open: '●', degraded: '◐', closed: '✖' };
export const STATUS_WORD: Record<ChannelStatus, string> = {
  open: 'OPEN',
  degraded: 'DEGRADED',
  closed: 'CLOSED',
};
/** One character per status for the timeline lanes: distinct shapes, not only colours. */
export const LANE_CHAR: Record<ChannelStatus, string> = { open: '█', degraded: '▒', closed: '·' };
export const STATUS_COLOR: Record<ChannelStatus, string> = {
  open: 'green',
  degraded: 'yellow',
  closed: 'red',
};

/** "09:00 ✓" (same day) or "Thu 17:00 ✗ unanswered" (within a week). */
export function checkText(check: LastCheck, now: number, offsetMinutes: number): string {
  const sameDay = toIsoDate(check.at, offsetMinutes) === toIsoDate(now, offsetMinutes);
  const clock = formatClock(localTime(check.at, offsetMinutes).minutes);
  const when = sameDay
    ? clock
    : now - check.at < 6 * DAY
      ? `${WEEKDAYS[localTime(check.at, offsetMinutes).weekday]} ${clock}`
      : formatDateTime(check.at, offsetMinutes);
  return `${when} ${CHECK_RESULTS[check.outcome].mark}`;
}

/** Cuts `text` to `width` columns with an ellipsis. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

export function padEnd(text: string, width: number): string {
  const cut = truncate(text, width);
  return cut + ' '.repeat(Math.max(0, width - [...cut].length));
}

/** Word-wraps `text` into lines of at most `width` columns (long words are cut). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      let rest = word;
      while ([...rest].length > width) {
        if (line) lines.push(line);
        lines.push([...rest].slice(0, width).join(''));
        rest = [...rest].slice(width).join('');
        line = '';
      }
      if (!line) line = rest;
      else if ([...line].length + 1 + [...rest].length <= width) line += ` ${rest}`;
      else {
        lines.push(line);
        line = rest;
      }
    }
    if (line || lines.length === 0) lines.push(line);
  }
  return lines;
}

/** At most `count` lines; the last one kept says that more was cut. */
export function clip(lines: string[], count: number, width: number): string[] {
  if (lines.length <= count) return lines;
  const kept = lines.slice(0, Math.max(0, count));
  if (kept.length > 0) kept[kept.length - 1] = truncate(`${kept[kept.length - 1]} …`, width);
  return kept;
}
