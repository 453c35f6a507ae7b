/**
 * The times a scenario file writes, read in the file's zone: which zone that is, every time
 * with its place, and what is wrong or odd about them (a missing offset where no IANA zone
 * is named, an offset unlike the rest of the file, a year no face can print).
 */
import {
  formatClock,
  formatOffset,
  localTime,
  parseIsoWithOffset,
  parseLocalIso,
  type ParsedTime,
  YEAR_MAX,
  YEAR_MIN,
} from '../time/clock.js';
import { fixedZone, ianaZone, looksLikeIanaName, wallOffsets, type Zone } from '../time/zone.js';
import { quote } from '../text/sanitize.js';
import type { PathProblem } from './issues.js';
import type { Path } from './locate.js';
import type { ScenarioFile } from './schema.js';
import { didYouMean } from './suggest.js';
import { LOCAL, readTime, TIME_LIMITS } from './fields.js';
import type { ProblemWords } from '../words/problems-en.js';

/** Korean time, for a file that gives no offset anywhere (the bundled scenarios' own). */
const FALLBACK_OFFSET = 9 * 60;

export interface FileTime {
  path: Path;
  text: string;
  /** What the text writes with its offset; null when it has none. */
  written: ParsedTime | null;
  /** Its instant: what it writes, else (once the zone is known) read in the zone. */
  at: number;
}

type TimedFile = Pick<ScenarioFile, 'start' | 'end' | 'zone' | 'channels' | 'events'> &
  Partial<Pick<ScenarioFile, 'questions' | 'checkpoints'>>;

function fileTime(path: Path, text: string): FileTime {
  const written = parseIsoWithOffset(text);
  return { path, text, written, at: written?.at ?? Number.NaN };
}

/** The file's times outside the events, each read once, by what they are the time of. */
interface TimesOutside {
  start: FileTime;
  end: FileTime | undefined;
  /** By channel id: a channel's `initial.since`. */
  since: Map<string, FileTime>;
  questions: FileTime[];
  checkpoints: FileTime[];
}

function timesOutside(file: TimedFile): TimesOutside {
  const since = new Map<string, FileTime>();
  for (const [id, channel] of Object.entries(file.channels))
    if (channel.initial?.since !== undefined)
      since.set(id, fileTime(['channels', id, 'initial', 'since'], channel.initial.since));
  return {
    start: fileTime(['start'], file.start),
    end: file.end === undefined ? undefined : fileTime(['end'], file.end),
    since,
    questions: (file.questions ?? []).map((q, i) => fileTime(['questions', i, 'at'], q.at)),
    checkpoints: (file.checkpoints ?? []).map((c, i) => fileTime(['checkpoints', i, 'at'], c.at)),
  };
}

/** Each event's instant, and the offset its text writes, by index; NaN for both when it writes none. */
export interface EventTimes {
  readonly at: Float64Array;
  readonly offset: Float64Array;
}

/** The events' times, each read once, or null when one is not a time the schema takes. */
export function readEventTimes(events: readonly { at: string }[]): EventTimes | null {
  const at = new Float64Array(events.length);
  const offset = new Float64Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const written = readTime(events[i]!.at);
    if (written === null) return null;
    at[i] = written === LOCAL ? Number.NaN : written.at;
    offset[i] = written === LOCAL ? Number.NaN : written.offsetMinutes;
  }
  return { at, offset };
}

/**
 * A file's times, each read once, and the zone they are read in: the checks, the warnings
 * and the conversion share one, so a large file's times are not parsed pass after pass.
 * The events' times are kept as numbers, not objects, so a large file's stay cheap to
 * hold. The file's times must have passed the schema.
 */
export class FileClock {
  /** The file's own offset: the one on `start`, else the first time that has one. */
  readonly offset: number;
  /** The file's IANA `zone`, else its own offset labelled with `zone` (default "UTC+09:00"). */
  readonly zone: Zone;
  readonly #events: TimedFile['events'];
  readonly #outside: TimesOutside;
  /** The times before the events (start, end, the channels' since), in file order. */
  readonly #before: FileTime[];
  /** The times after the events (questions, checkpoints), in file order. */
  readonly #after: FileTime[];
  /** Each event's instant, and the offset its text writes (NaN for none), by index. */
  readonly #eventAt: Float64Array;
  readonly #eventOffset: Float64Array;

  /** `eventTimes`: the events' times, when the caller has read them already (taken over, not copied). */
  constructor(file: TimedFile, eventTimes?: EventTimes) {
    const events = file.events;
    this.#events = events;
    const outside = timesOutside(file);
    this.#outside = outside;
    this.#before = [outside.start, ...(outside.end ? [outside.end] : []), ...outside.since.values()];
    const times = eventTimes ?? readEventTimes(events);
    if (!times) throw new Error('an event time the schema takes cannot be read');
    this.#eventAt = times.at;
    this.#eventOffset = times.offset;
    const local = this.#eventOffset.some(Number.isNaN);
    this.#after = [...outside.questions, ...outside.checkpoints];
    this.offset = this.#firstOffset() ?? FALLBACK_OFFSET;
    this.zone = (file.zone === undefined ? null : ianaZone(file.zone)) ?? fixedZone(this.offset, file.zone);
    // Times without an offset are read in the zone, known only now.
    for (const time of [...this.#before, ...this.#after])
      if (time.written === null) time.at = parseLocalIso(time.text, this.zone)!;
    if (local)
      for (let i = 0; i < events.length; i++)
        if (Number.isNaN(this.#eventOffset[i]!)) this.#eventAt[i] = parseLocalIso(events[i]!.at, this.zone)!;
  }

  #firstOffset(): number | undefined {
    const before = this.#before.find((t) => t.written !== null);
    if (before) return before.written!.offsetMinutes;
    const event = this.#eventOffset.findIndex((offset) => !Number.isNaN(offset));
    if (event >= 0) return this.#eventOffset[event];
    return this.#after.find((t) => t.written !== null)?.written!.offsetMinutes;
  }

  /**
   * Every time in the file, in file order: its text, its instant, the offset it writes (NaN
   * for none) and where it is. A large file's event times pass as numbers, with no object
   * for each; most need no place.
   */
  forEachTime(visit: (text: string, at: number, offset: number, where: TimePlace) => void): void {
    const fixed = ({ path, text, written, at }: FileTime) =>
      visit(text, at, written?.offsetMinutes ?? Number.NaN, path);
    this.#before.forEach(fixed);
    for (let i = 0; i < this.#events.length; i++)
      visit(this.#events[i]!.at, this.#eventAt[i]!, this.#eventOffset[i]!, i);
    this.#after.forEach(fixed);
  }

  /** The instant of `start`. */
  get start(): number {
    return this.#outside.start.at;
  }

  /** The instant of the `end` the file writes; undefined when it writes none. */
  get end(): number | undefined {
    return this.#outside.end?.at;
  }

  /** The instant of a channel's `initial.since`; undefined when it has none. */
  sinceOf(channelId: string): number | undefined {
    return this.#outside.since.get(channelId)?.at;
  }

  /** The instant of the `index`th question. */
  questionAt(index: number): number {
    return this.#outside.questions[index]!.at;
  }

  /** The instant of the `index`th checkpoint. */
  checkpointAt(index: number): number {
    return this.#outside.checkpoints[index]!.at;
  }

  /** The instant of the `index`th event. */
  eventAt(index: number): number {
    return this.#eventAt[index]!;
  }
}

/** Where a time is: its path, or the index of the event whose `at` it is. */
export type TimePlace = Path | number;

const timePath = (where: TimePlace): Path => (typeof where === 'number' ? ['events', where, 'at'] : where);

/** What stops the file: an unknown zone, a time without an offset where no zone says one, a year out of range. */
export function timeProblems(file: TimedFile, w: ProblemWords, clock: FileClock): PathProblem[] {
  const problems: PathProblem[] = [];
  if (file.zone !== undefined && looksLikeIanaName(file.zone) && ianaZone(file.zone) === null)
    problems.push({
      path: ['zone'],
      message: w.unknownZone(quote(file.zone)),
      hint: didYouMean(file.zone, Intl.supportedValuesOf('timeZone'), w) ?? w.zoneHint,
    });
  // Which times need an offset depends on the zone: with an unknown one, say only that.
  if (problems.length > 0) return problems;
  const { zone } = clock;
  const own = formatOffset(clock.offset);
  clock.forEachTime((text, at, offset, where) => {
    if (!zone.iana && Number.isNaN(offset)) {
      problems.push({
        path: timePath(where),
        message: w.noOffset(quote(text)),
        hint: w.addOffset(`${text}${own}`),
      });
      return;
    }
    // A zone moves a time by less than a day: a year well inside the range stays inside it.
    const writtenYear = text[4] === '-' ? Number(text.slice(0, 4)) : Number.NaN;
    if (writtenYear > YEAR_MIN && writtenYear < YEAR_MAX) return;
    const { year } = localTime(at, zone);
    if (year < YEAR_MIN || year > YEAR_MAX)
      problems.push({
        path: timePath(where),
        message: w.yearOutOfRange(quote(text), year, zone.name, ...TIME_LIMITS),
      });
  });
  return problems;
}

/**
 * A local time the zone's clocks skip (the hour daylight saving jumps over) is read as the
 * time as many minutes later: that clock time ("03:30"), or null when the time exists.
 */
function skippedLocalTime(text: string, zone: Zone): string | null {
  const m = /T(\d{2}):(\d{2})/.exec(text);
  const at = parseLocalIso(text, zone);
  if (!m || at === null) return null;
  const { minutes } = localTime(at, zone);
  if (minutes === Number(m[1]) * 60 + Number(m[2])) return null;
  return formatClock(minutes);
}

/**
 * A local time the zone's clocks show twice (the hour repeated when daylight saving ends) is
 * read as its first occurrence: the offsets of its two, first one first, or null when the
 * time happens once.
 */
function repeatedLocalTime(text: string, zone: Zone): [first: number, second: number] | null {
  // The wall clock to the minute (the form parseLocalIso accepts begins YYYY-MM-DDTHH:MM).
  const wall = parseIsoWithOffset(`${text.slice(0, 16)}Z`)?.at;
  if (wall === undefined) return null;
  const [first, second] = wallOffsets(zone, wall);
  return first !== undefined && second !== undefined ? [first, second] : null;
}

/** A local time the clocks skip or repeat, said with how it is read and how to write it. */
function localTimeWarning(text: string, zone: Zone, w: ProblemWords): Omit<PathProblem, 'path'> | null {
  const moved = skippedLocalTime(text, zone);
  if (moved !== null)
    return { message: w.localTimeSkipped(quote(text), zone.name, moved), hint: w.skippedHint };
  const twice = repeatedLocalTime(text, zone);
  if (twice === null) return null;
  const [first, second] = twice.map(formatOffset) as [string, string];
  return {
    message: w.localTimeRepeated(quote(text), zone.name, first),
    hint: w.repeatedHint(quote(`${text}${first}`), quote(`${text}${second}`)),
  };
}

/** What is odd but loads: a time whose offset differs from the file's (or from its zone's at that moment). */
export function timeWarnings(file: TimedFile, w: ProblemWords, clock: FileClock): PathProblem[] {
  const { zone, offset: own } = clock;
  const warnings: PathProblem[] = [];
  clock.forEachTime((text, at, offset, where) => {
    if (Number.isNaN(offset)) {
      const odd = zone.iana ? localTimeWarning(text, zone, w) : null;
      if (odd !== null) warnings.push({ path: timePath(where), ...odd });
      return;
    }
    const expected = zone.iana ? zone.offsetAt(at) : own;
    if (offset !== expected)
      warnings.push({
        path: timePath(where),
        message: zone.iana
          ? w.offsetUnlikeZone(quote(text), formatOffset(offset), zone.name, formatOffset(expected))
          : w.offsetUnlikeFile(quote(text), formatOffset(offset), formatOffset(expected)),
        hint: w.offsetHint,
      });
  });
  return warnings;
}
