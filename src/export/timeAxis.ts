import { DAY, formatClock, localMidnight, localTime } from '../time/clock.js';
import type { Zone } from '../time/zone.js';
import { en } from '../words/en.js';
import type { Words } from '../words/index.js';

const HOUR = 3_600_000;

export interface Tick {
  at: number;
  label: string;
}

export interface TimeAxis {
  /** Evenly spaced ticks, each labelled ("09:00", "Fri 22", "Mar", "2019"). */
  ticks: Tick[];
  /** The wider context under them, where it changes ("22 Mar 2019", "2019"). */
  context: Tick[];
  /** Unlabelled small ticks between the labelled ones (quarters between years). */
  minor: number[];
  /** True when context labels name the stretch they sit in the middle of (whole years). */
  centered: boolean;
}

/** The finer step drawn unlabelled between labelled ticks, when there is room for it. */
const MINOR: Partial<Record<string, Step>> = {
  'year-1': { unit: 'month', every: 3, approx: 91 * DAY },
  'year-2': { unit: 'year', every: 1, approx: 365 * DAY },
  'year-5': { unit: 'year', every: 1, approx: 365 * DAY },
  'month-6': { unit: 'month', every: 1, approx: 30 * DAY },
  'month-3': { unit: 'month', every: 1, approx: 30 * DAY },
  'week-2': { unit: 'week', every: 1, approx: 7 * DAY },
  'week-1': { unit: 'day', every: 1, approx: DAY },
  'day-2': { unit: 'day', every: 1, approx: DAY },
  'day-1': { unit: 'hour', every: 6, approx: 6 * HOUR },
};

type Unit = 'hour' | 'day' | 'week' | 'month' | 'year';
interface Step {
  unit: Unit;
  every: number;
  /** Rough length, only to pick a step that leaves room for the labels. */
  approx: number;
}

const STEPS: Step[] = [
  { unit: 'hour', every: 1, approx: HOUR },
  { unit: 'hour', every: 3, approx: 3 * HOUR },
  { unit: 'hour', every: 6, approx: 6 * HOUR },
  { unit: 'hour', every: 12, approx: 12 * HOUR },
  { unit: 'day', every: 1, approx: DAY },
  { unit: 'day', every: 2, approx: 2 * DAY },
  { unit: 'week', every: 1, approx: 7 * DAY },
  { unit: 'week', every: 2, approx: 14 * DAY },
  { unit: 'month', every: 1, approx: 30 * DAY },
  { unit: 'month', every: 3, approx: 91 * DAY },
  { unit: 'month', every: 6, approx: 182 * DAY },
  { unit: 'year', every: 1, approx: 365 * DAY },
  { unit: 'year', every: 2, approx: 730 * DAY },
  { unit: 'year', every: 5, approx: 1826 * DAY },
];

/** Epoch ms of local midnight on a calendar date in the zone (month may overflow). */
const localDate = (year: number, month: number, day: number, zone: Zone) => zone.instant(year, month, day, 0);

/** The tick instants of one step from `start` to `end`, aligned on calendar boundaries. */
function instants(step: Step, start: number, end: number, zone: Zone): number[] {
  const result: number[] = [];
  const push = (at: number) => {
    if (at >= start && at <= end) result.push(at);
  };
  const first = localTime(start, zone);
  if (step.unit === 'hour') {
    for (let at = localMidnight(start, zone); at <= end; at += step.every * HOUR) push(at);
  } else if (step.unit === 'day' || step.unit === 'week') {
    // Calendar days, so ticks stay on midnight across daylight saving.
    const days = step.unit === 'day' ? step.every : step.every * 7;
    const from = step.unit === 'day' ? first.day : first.day - ((first.weekday + 6) % 7);
    for (let n = 0; ; n += days) {
      const at = localDate(first.year, first.month, from + n, zone);
      if (at > end) break;
      push(at);
    }
  } else if (step.unit === 'month') {
    // Quarters and halves start in January, so labels read Jan, Apr, Jul, Oct.
    const firstMonth = Math.floor((first.month - 1) / step.every) * step.every;
    for (let m = firstMonth; ; m += step.every) {
      const at = localDate(first.year, m + 1, 1, zone);
      if (at > end) break;
      push(at);
    }
  } else {
    const firstYear = Math.floor(first.year / step.every) * step.every;
    for (let y = firstYear; ; y += step.every) {
      const at = localDate(y, 1, 1, zone);
      if (at > end) break;
      push(at);
    }
  }
  return result;
}

function tickLabel(unit: Unit, at: number, zone: Zone, words: Words): string {
  const t = localTime(at, zone);
  if (unit === 'hour') return formatClock(t.minutes);
  if (unit === 'day') return words.time.axisDay(t);
  if (unit === 'week') return words.time.axisWeek(t);
  if (unit === 'month') return words.time.month(t);
  return words.time.year(t);
}

/** The wider unit under a tick, and its label: the day under hours, the year under months. */
function contextKey(unit: Unit, at: number, zone: Zone, words: Words): [string, string] | null {
  const t = localTime(at, zone);
  if (unit === 'hour') return [`${t.year}-${t.month}-${t.day}`, words.time.dayDate(t)];
  if (unit === 'day') return [`${t.year}-${t.month}`, words.time.axisMonthYear(t)];
  if (unit === 'week' || unit === 'month') return [String(t.year), words.time.year(t)];
  return null;
}

/**
 * Ticks for a time axis `width` pixels wide, adapted to the span: hours for a day, days for
 * a week, months for a year or two, years beyond. Labels stay at least `minGap` pixels apart.
 */
export function timeAxis(
  start: number,
  end: number,
  zone: Zone,
  width: number,
  minGap = 64,
  words: Words = en,
): TimeAxis {
  const span = Math.max(end - start, 1);
  // Hour ticks only for a few days at most: beyond that, days read better than clock times.
  const fits = (step: Step) =>
    (step.approx / span) * width >= minGap && (step.unit !== 'hour' || span <= 3 * DAY);
  const step = STEPS.find(fits) ?? STEPS[STEPS.length - 1]!;
  const ats = instants(step, start, end, zone);
  const ticks = ats.map((at) => ({ at, label: tickLabel(step.unit, at, zone, words) }));
  const finer = MINOR[`${step.unit}-${step.every}`];
  const labelled = new Set(ats);
  const minor =
    finer && (finer.approx / span) * width >= 6
      ? instants(finer, start, end, zone).filter((at) => !labelled.has(at))
      : [];
  if (step.unit === 'year' && step.every === 1) {
    // Years read best as names of the stretch between boundaries, the first and last included.
    const bounds = [start, ...ats.filter((at) => at > start && at < end), end];
    const context = bounds.slice(0, -1).map((from, i) => ({
      at: (from + bounds[i + 1]!) / 2,
      label: words.time.year(localTime(from, zone)),
    }));
    return { ticks: ticks.map((t) => ({ ...t, label: '' })), context, minor, centered: true };
  }
  const context: Tick[] = [];
  let previous = '';
  for (const at of [start, ...ats]) {
    const key = contextKey(step.unit, at, zone, words);
    if (!key || key[0] === previous) continue;
    previous = key[0];
    context.push({ at, label: key[1] });
  }
  return { ticks, context, minor, centered: false };
}
