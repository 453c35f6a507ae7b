/**
 * How far apart two moments are, in calendar units in the scenario's zone: whole years
 * and months first (so 25 Dec to 27 Jul is "7 months 2 days", not "214 d"), then days,
 * hours and minutes. Facts only: the wording layer phrases them.
 */
import type { Zone } from './zone.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface Span {
  years: number;
  months: number;
  days: number;
  hours: number;
  minutes: number;
}

/** `months` calendar months after the local time `local` (a shifted epoch), the day clamped to the month's end. */
function addMonths(local: number, months: number): number {
  const d = new Date(local);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return target.getTime() + (local - Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** The span between `a` and `b` (in either order), rounded to the minute. */
export function spanBetween(a: number, b: number, zone: Zone): Span {
  // Wall-clock times in the zone, so a day across a daylight-saving change is still a day.
  const local = (at: number) => at + zone.offsetAt(at) * MINUTE;
  const from = local(Math.min(a, b));
  const to = local(Math.max(a, b));
  const f = new Date(from);
  const t = new Date(to);
  let months = (t.getUTCFullYear() - f.getUTCFullYear()) * 12 + (t.getUTCMonth() - f.getUTCMonth());
  while (months > 0 && addMonths(from, months) > to) months--;
  const rest = Math.round((to - addMonths(from, months)) / MINUTE) * MINUTE;
  return {
    years: Math.floor(months / 12),
    months: months % 12,
    days: Math.floor(rest / DAY),
    hours: Math.floor((rest % DAY) / HOUR),
    minutes: Math.floor((rest % HOUR) / MINUTE),
  };
}

const UNITS = ['years', 'months', 'days', 'hours', 'minutes'] as const;
export type SpanUnit = (typeof UNITS)[number];

/** The two largest non-zero units, largest first: enough to say how far, short enough for a line. */
export function leadingUnits(span: Span): [SpanUnit, number][] {
  const first = UNITS.findIndex((u) => span[u] > 0);
  if (first < 0) return [];
  return UNITS.slice(first, first + 2)
    .map((u): [SpanUnit, number] => [u, span[u]])
    .filter(([, n]) => n > 0);
}

/** An average Gregorian year and month, for a length of time that is not anchored to dates. */
const YEAR = 365.2425 * DAY;
export const AVERAGE_MONTH = YEAR / 12;
const MONTH = AVERAGE_MONTH;

/**
 * A length of time (a sum, such as the time a channel was open) in years and months of
 * average length, then days, hours and minutes: "5 years 3 months", not "1926 d 10 h".
 */
export function lengthAsSpan(ms: number): Span {
  const years = Math.floor(ms / YEAR);
  const months = Math.floor((ms - years * YEAR) / MONTH);
  const rest = Math.round((ms - years * YEAR - months * MONTH) / MINUTE) * MINUTE;
  return {
    years,
    months,
    days: Math.floor(rest / DAY),
    hours: Math.floor((rest % DAY) / HOUR),
    minutes: Math.floor((rest % HOUR) / MINUTE),
  };
}
