/**
 * The times a scenario file writes, read in the file's zone: which zone that is, every time
 * with its place, and what is wrong or odd about them (a missing offset where no IANA zone
 * is named, an offset unlike the rest of the file, a year no face can print).
 */
import {
  formatOffset,
  localTime,
  parseIsoWithOffset,
  parseLocalIso,
  type ParsedTime,
  YEAR_MAX,
  YEAR_MIN,
} from '../time/clock.js';
import { fixedZone, ianaZone, looksLikeIanaName, type Zone } from '../time/zone.js';
import { quote } from '../text/sanitize.js';
import type { PathProblem } from './issues.js';
import type { Path } from './locate.js';
import type { ScenarioFile } from './schema.js';
import { didYouMean } from './suggest.js';
import { TIME_LIMITS } from './fields.js';
import type { ProblemWords } from '../words/problems-en.js';

/** Korean time, for a file that gives no offset anywhere (the bundled scenarios' own). */
const FALLBACK_OFFSET = 9 * 60;

export interface FileTime {
  path: Path;
  text: string;
  /** What the text writes with its offset; null when it has none. */
  written: ParsedTime | null;
}

type TimedFile = Pick<ScenarioFile, 'start' | 'end' | 'zone' | 'channels' | 'events'> &
  Partial<Pick<ScenarioFile, 'questions' | 'checkpoints'>>;

/** Every time in the file, in file order, with where it is. */
function fileTimes(file: TimedFile): FileTime[] {
  const times: FileTime[] = [];
  const add = (path: Path, text: string) => times.push({ path, text, written: parseIsoWithOffset(text) });
  add(['start'], file.start);
  if (file.end !== undefined) add(['end'], file.end);
  for (const [id, channel] of Object.entries(file.channels))
    if (channel.initial?.since !== undefined)
      add(['channels', id, 'initial', 'since'], channel.initial.since);
  for (let i = 0; i < file.events.length; i++) add(['events', i, 'at'], file.events[i]!.at);
  const questions = file.questions ?? [];
  for (let i = 0; i < questions.length; i++) add(['questions', i, 'at'], questions[i]!.at);
  const checkpoints = file.checkpoints ?? [];
  for (let i = 0; i < checkpoints.length; i++) add(['checkpoints', i, 'at'], checkpoints[i]!.at);
  return times;
}

/**
 * A file's times, each read once, and the zone they are read in: the checks, the warnings
 * and the conversion share one, so a large file's times are not parsed pass after pass.
 * The file's times must have passed the schema.
 */
export class FileClock {
  /** Every time in the file, in file order. */
  readonly times: readonly FileTime[];
  /** The file's own offset: the one on `start`, else the first time that has one. */
  readonly offset: number;
  /** The file's IANA `zone`, else its own offset labelled with `zone` (default "UTC+09:00"). */
  readonly zone: Zone;
  /** Where the events' times begin in `times`. */
  readonly #firstEvent: number;

  constructor(file: TimedFile) {
    this.times = fileTimes(file);
    this.offset = this.times.find((t) => t.written !== null)?.written?.offsetMinutes ?? FALLBACK_OFFSET;
    this.zone = (file.zone === undefined ? null : ianaZone(file.zone)) ?? fixedZone(this.offset, file.zone);
    this.#firstEvent = this.times.findIndex((t) => t.path[0] === 'events');
  }

  /** The instant a time of the file names: its own offset, else read in the zone. */
  at(text: string): number {
    return timeIn(text, this.zone);
  }

  /** The instant of the `index`th event. */
  eventAt(index: number): number {
    const time = this.times[this.#firstEvent + index]!;
    return time.written?.at ?? parseLocalIso(time.text, this.zone)!;
  }
}

/** The instant a file's time names: its own offset, else read in the zone. */
export const timeIn = (text: string, zone: Zone): number =>
  parseIsoWithOffset(text)?.at ?? parseLocalIso(text, zone)!;

/** What stops the file: an unknown zone, a time without an offset where no zone says one, a year out of range. */
export function timeProblems(file: TimedFile, w: ProblemWords, clock = new FileClock(file)): PathProblem[] {
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
  for (const { path, text, written } of clock.times) {
    if (!zone.iana && written === null) {
      problems.push({ path, message: w.noOffset(quote(text)), hint: w.addOffset(`${text}${own}`) });
      continue;
    }
    // A zone moves a time by less than a day: a year well inside the range stays inside it.
    const writtenYear = text[4] === '-' ? Number(text.slice(0, 4)) : Number.NaN;
    if (writtenYear > YEAR_MIN && writtenYear < YEAR_MAX) continue;
    const { year } = localTime(written?.at ?? parseLocalIso(text, zone)!, zone);
    if (year < YEAR_MIN || year > YEAR_MAX)
      problems.push({ path, message: w.yearOutOfRange(quote(text), year, zone.name, ...TIME_LIMITS) });
  }
  return problems;
}

/** What is odd but loads: a time whose offset differs from the file's (or from its zone's at that moment). */
export function timeWarnings(file: TimedFile, w: ProblemWords, clock = new FileClock(file)): PathProblem[] {
  const { zone, offset: own } = clock;
  const warnings: PathProblem[] = [];
  for (const { path, text, written } of clock.times) {
    if (written === null) continue;
    const offset = written.offsetMinutes;
    const expected = zone.iana ? zone.offsetAt(written.at) : own;
    if (offset !== expected)
      warnings.push({
        path,
        message: zone.iana
          ? w.offsetUnlikeZone(quote(text), formatOffset(offset), zone.name, formatOffset(expected))
          : w.offsetUnlikeFile(quote(text), formatOffset(offset), formatOffset(expected)),
        hint: w.offsetHint,
      });
  }
  return warnings;
}
