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
}

type TimedFile = Pick<ScenarioFile, 'start' | 'end' | 'zone' | 'channels' | 'events'> &
  Partial<Pick<ScenarioFile, 'questions' | 'checkpoints'>>;

/** Every time in the file, in file order, with where it is: one at a time, so a search can stop early. */
export function* fileTimes(file: TimedFile): Generator<FileTime> {
  yield { path: ['start'], text: file.start };
  if (file.end !== undefined) yield { path: ['end'], text: file.end };
  for (const [id, channel] of Object.entries(file.channels))
    if (channel.initial?.since !== undefined)
      yield { path: ['channels', id, 'initial', 'since'], text: channel.initial.since };
  for (let i = 0; i < file.events.length; i++) yield { path: ['events', i, 'at'], text: file.events[i]!.at };
  const questions = file.questions ?? [];
  for (let i = 0; i < questions.length; i++) yield { path: ['questions', i, 'at'], text: questions[i]!.at };
  const checkpoints = file.checkpoints ?? [];
  for (let i = 0; i < checkpoints.length; i++)
    yield { path: ['checkpoints', i, 'at'], text: checkpoints[i]!.at };
}

const offsetOf = (text: string): number | null => parseIsoWithOffset(text)?.offsetMinutes ?? null;

/** The file's own offset: the one on `start`, else the first time that has one. */
export function fileOffset(file: TimedFile): number {
  for (const { text } of fileTimes(file)) {
    const offset = offsetOf(text);
    if (offset !== null) return offset;
  }
  return FALLBACK_OFFSET;
}

/** The file's IANA `zone`, else its own offset labelled with `zone` (default "UTC+09:00"). */
export function scenarioZone(file: TimedFile): Zone {
  const named = file.zone === undefined ? null : ianaZone(file.zone);
  return named ?? fixedZone(fileOffset(file), file.zone);
}

/** The instant a file's time names: its own offset, else read in the zone. */
export const timeIn = (text: string, zone: Zone): number =>
  parseIsoWithOffset(text)?.at ?? parseLocalIso(text, zone)!;

/** What stops the file: an unknown zone, a time without an offset where no zone says one, a year out of range. */
export function timeProblems(file: TimedFile, w: ProblemWords): PathProblem[] {
  const problems: PathProblem[] = [];
  if (file.zone !== undefined && looksLikeIanaName(file.zone) && ianaZone(file.zone) === null)
    problems.push({
      path: ['zone'],
      message: w.unknownZone(quote(file.zone)),
      hint: didYouMean(file.zone, Intl.supportedValuesOf('timeZone'), w) ?? w.zoneHint,
    });
  // Which times need an offset depends on the zone: with an unknown one, say only that.
  if (problems.length > 0) return problems;
  const zone = scenarioZone(file);
  const own = formatOffset(fileOffset(file));
  for (const { path, text } of fileTimes(file)) {
    const written = parseIsoWithOffset(text);
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
export function timeWarnings(file: TimedFile, w: ProblemWords): PathProblem[] {
  const zone = scenarioZone(file);
  const own = fileOffset(file);
  const warnings: PathProblem[] = [];
  for (const { path, text } of fileTimes(file)) {
    const written = parseIsoWithOffset(text);
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
