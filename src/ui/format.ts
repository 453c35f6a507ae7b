import { checkResult } from '../channels/checkResults.js';
import type { ChannelStatus } from '../model/scenario.js';
import { DAY, formatClock, localTime, toIsoDate } from '../time/clock.js';
import type { LastCheck } from '../timeline/lastCheck.js';
import type { Zone } from '../time/zone.js';
import { truncate } from '../text/width.js';
import { en } from '../words/en.js';
import { wordsFor } from '../words/index.js';
import type { Lang } from '../words/lang.js';

// The screen measures and cuts text in terminal columns, like every other face.
export { padEnd, truncate, wrap } from '../text/width.js';
export { LANE_GLYPH as LANE_CHAR, STATUS_MARK } from '../text/glyphs.js';

/** English status words; components take their language's from useWords(). */
export const STATUS_WORD: Record<ChannelStatus, string> = en.status;
export const STATUS_COLOR: Record<ChannelStatus, string> = {
  open: 'green',
  degraded: 'yellow',
  closed: 'red',
};

/** "09:00 ✓" (same day) or "Thu 17:00 ✗ unanswered" (within a week). */
export function checkText(check: LastCheck, now: number, zone: Zone, lang: Lang = 'en'): string {
  const words = wordsFor(lang);
  const sameDay = toIsoDate(check.at, zone) === toIsoDate(now, zone);
  const t = localTime(check.at, zone);
  const when = sameDay
    ? formatClock(t.minutes)
    : now - check.at < 6 * DAY
      ? words.time.weekdayClock(t)
      : words.time.dateTime(t);
  return `${when} ${checkResult(check.outcome, lang).mark}`;
}

/** At most `count` lines; the last one kept says that more was cut. */
export function clip(lines: string[], count: number, width: number): string[] {
  if (lines.length <= count) return lines;
  const kept = lines.slice(0, Math.max(0, count));
  if (kept.length > 0) kept[kept.length - 1] = truncate(`${kept[kept.length - 1]} …`, width);
  return kept;
}
