/**
 * Scenario time: epoch milliseconds displayed in the scenario's own zone (src/time/zone.ts).
 * Never the host time zone, so every machine prints the same thing.
 */
import { en } from '../words/en.js';
import { formatOffset, type Zone } from './zone.js';

export { formatOffset, type Zone } from './zone.js';

export const MINUTE = 60_000;
/** The years every face can print as four digits, and Date reads without surprises. */
export const YEAR_MIN = 100;
export const YEAR_MAX = 9999;
export const DAY = 24 * 60 * MINUTE;

export interface LocalTime {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
  /** 0 = Sunday. */
  weekday: number;
  /** Minutes after local midnight. */
  minutes: number;
}

export function localTime(at: number, zone: Zone): LocalTime {
  const shifted = new Date(at + zone.offsetAt(at) * MINUTE);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    minutes: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
  };
}

/** The local weekday (0 = Sunday) and clock time of `at`, as localTime has them, without a Date. */
export function localClock(at: number, zone: Zone): Pick<LocalTime, 'weekday' | 'minutes'> {
  const shifted = at + zone.offsetAt(at) * MINUTE;
  const days = Math.floor(shifted / DAY);
  // 1 Jan 1970 was a Thursday.
  return { weekday: (((days + 4) % 7) + 7) % 7, minutes: Math.floor((shifted - days * DAY) / MINUTE) };
}

/** Epoch ms of local midnight of the day containing `at`. */
export function localMidnight(at: number, zone: Zone): number {
  const t = localTime(at, zone);
  return zone.instant(t.year, t.month, t.day, 0);
}

/** Local midnight `days` calendar days after the local day of `at` (23 or 25 hours across DST). */
export function addLocalDays(at: number, days: number, zone: Zone): number {
  const t = localTime(at, zone);
  return zone.instant(t.year, t.month, t.day + days, 0);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatClock(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/**
 * "2019-03-22T10:00:00+09:00"; with `seconds: 'if-any'`, "2019-03-22T10:00+09:00" unless
 * the time has seconds (how a scenario file writes it).
 */
export function toIso(at: number, zone: Zone, seconds: 'always' | 'if-any' = 'always'): string {
  const t = localTime(at, zone);
  // Seconds within the minute, also before 1970 where `%` goes negative.
  const second = Math.floor((((at % MINUTE) + MINUTE) % MINUTE) / 1000);
  const secondsText = seconds === 'if-any' && second === 0 ? '' : `:${pad(second)}`;
  return `${toIsoDate(at, zone)}T${formatClock(t.minutes)}${secondsText}${formatOffset(zone.offsetAt(at))}`;
}

/** "2019-03-22" */
export function toIsoDate(at: number, zone: Zone): string {
  const t = localTime(at, zone);
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;
}

// The English forms, for messages that are English in every language (validate's). Every
// other face words its dates through its language's table (src/words).

/** "22 Mar 2019" */
export const formatDate = (at: number, zone: Zone): string => en.time.date(localTime(at, zone));

/** "22 Mar 2019 10:00" */
export const formatDateTime = (at: number, zone: Zone): string => en.time.dateTime(localTime(at, zone));

/** "Fri 22 Mar 2019 10:00 KST"; with `label: false`, without the zone. */
export const formatLong = (at: number, zone: Zone, label = true): string =>
  en.time.long(localTime(at, zone), label ? zone.label(at) : '').trimEnd();

/**
 * "22 Mar 2019 10:00 – 23 Mar 2019 23:59 KST": the label once when both ends share it,
 * after each end when they differ (EST – EDT).
 */
export const formatSpan = (from: number, to: number, zone: Zone): string =>
  en.time.span(...spanParts(from, to, zone));

/** The two ends of a span as local times with their zone labels, for a language to phrase. */
export const spanParts = (from: number, to: number, zone: Zone): [LocalTime, string, LocalTime, string] => [
  localTime(from, zone),
  zone.label(from),
  localTime(to, zone),
  zone.label(to),
];

/** A duration in whole minutes, split into days, hours and minutes for the words to phrase. */
export function durationParts(ms: number): { days: number; hours: number; minutes: number } {
  const minutes = Math.round(ms / MINUTE);
  return {
    days: Math.floor(minutes / (24 * 60)),
    hours: Math.floor((minutes % (24 * 60)) / 60),
    minutes: minutes % 60,
  };
}

/** "3 d 4 h", "45 min": for durations in debriefs and reasons. */
export const formatDuration = (ms: number): string => en.time.duration(durationParts(ms));

const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export interface ParsedTime {
  at: number;
  offsetMinutes: number;
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether a calendar date exists (proleptic Gregorian, as Date counts). Years before 100
 * do not: Date.UTC reads them as 1900 + year, so they cannot be said exactly.
 */
const isRealDate = (year: number, month: number, day: number) =>
  year >= 100 &&
  month >= 1 &&
  month <= 12 &&
  day >= 1 &&
  day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!);

/** The time the fields name, or null when the date does not exist or a field is out of range. */
function fromFields(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  offsetMinutes: number,
): ParsedTime | null {
  if (
    !isRealDate(year, month, day) ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    Math.abs(offsetMinutes) > 14 * 60
  )
    return null;
  return { at: Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * MINUTE, offsetMinutes };
}

/** The number the two digits at `i` write, or -1 when they are not two digits. */
function twoDigits(text: string, i: number): number {
  const high = text.charCodeAt(i) - 48;
  const low = text.charCodeAt(i + 1) - 48;
  return high >= 0 && high <= 9 && low >= 0 && low <= 9 ? high * 10 + low : -1;
}

const [DASH, COLON, T] = ['-', ':', 'T'].map((ch) => ch.charCodeAt(0));

/**
 * The shapes nearly every file writes, "2019-03-22T10:00+09:00" (seconds or Z allowed),
 * read digit by digit; undefined for any other text, which the pattern then reads.
 */
function readUsualShape(text: string): ParsedTime | null | undefined {
  if (
    text.charCodeAt(4) !== DASH ||
    text.charCodeAt(7) !== DASH ||
    text.charCodeAt(10) !== T ||
    text.charCodeAt(13) !== COLON
  )
    return undefined;
  const seconds = text.charCodeAt(16) === COLON;
  const century = twoDigits(text, 0);
  const year = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = seconds ? twoDigits(text, 17) : 0;
  if (Math.min(century, year, month, day, hour, minute, second) < 0) return undefined;
  const zone = seconds ? 19 : 16;
  const sign = text[zone];
  let offsetMinutes: number;
  if (sign === 'Z' && text.length === zone + 1) offsetMinutes = 0;
  else if (
    (sign === '+' || sign === '-') &&
    text.length === zone + 6 &&
    text.charCodeAt(zone + 3) === COLON
  ) {
    const hours = twoDigits(text, zone + 1);
    const minutes = twoDigits(text, zone + 4);
    if (hours < 0 || minutes < 0) return undefined;
    offsetMinutes = (sign === '-' ? -1 : 1) * (hours * 60 + minutes);
  } else return undefined;
  return fromFields(century * 100 + year, month, day, hour, minute, second, offsetMinutes);
}

/**
 * Parses ISO 8601 with an explicit offset; returns null for anything else or an impossible
 * date. Checked by arithmetic, without a Date object: a large file has many times to read.
 */
export function parseIsoWithOffset(text: string): ParsedTime | null {
  const usual = readUsualShape(text);
  if (usual !== undefined) return usual;
  const m = ISO_WITH_OFFSET.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, off] = m as unknown as string[];
  const offsetMinutes =
    off === 'Z'
      ? 0
      : (off!.startsWith('-') ? -1 : 1) * (Number(off!.slice(1, 3)) * 60 + Number(off!.slice(4, 6)));
  return fromFields(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s ?? 0), offsetMinutes);
}

/** "09:00" -> 540; null when not a valid HH:MM. */
export function parseClock(text: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** A local date and time without an offset ("2019-03-22T10:00"), read in the zone; null if not one. */
export function parseLocalIso(text: string, zone: Zone): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$/.exec(text);
  if (!m) return null;
  // Checked as a UTC time first: the same digits, so the same rules for a real date.
  const asUtc = parseIsoWithOffset(`${text}Z`);
  if (!asUtc) return null;
  const [y, mo, d, h, mi] = m.slice(1, 6).map(Number) as [number, number, number, number, number];
  return zone.instant(y, mo, d, h * 60 + mi) + Number(m[6] ?? 0) * 1000;
}

/**
 * A moment a person types: ISO 8601 with an offset, or "YYYY-MM-DD" / "YYYY-MM-DD HH:MM"
 * (a T works as well as a space) read in the scenario's own zone. Null when it is neither.
 */
export function parseMoment(text: string, zone: Zone): number | null {
  const exact = parseIsoWithOffset(text.trim());
  if (exact) return exact.at;
  const m = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const clock = m[2] === undefined ? '00:00' : `${m[2].padStart(2, '0')}:${m[3]}`;
  return parseLocalIso(`${m[1]}T${clock}`, zone);
}
