import * as z from 'zod';
import { parseIsoWithOffset, type ParsedTime, YEAR_MAX, YEAR_MIN } from '../time/clock.js';
import { quote } from '../text/sanitize.js';
import { problems as en, type ProblemWords } from '../words/problems-en.js';

/** The fields the file format shares, so that each kind's folder can build its own part of the schema. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** The first and last day a time may fall on, as the messages name them. */
export const TIME_LIMITS = [`${String(YEAR_MIN).padStart(4, '0')}-01-01`, `${YEAR_MAX}-12-31`] as const;

/**
 * Why a time text is not an ISO 8601 date and time, in words an author can act on; null
 * when fine. Whether it needs an offset depends on the file's zone: see times.ts.
 */
export function timeProblem(text: string, w: ProblemWords): string | null {
  if (yearTooEarly(text)) return w.notRealDate(quote(text), ...TIME_LIMITS);
  if (writtenTime(text) !== null) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return w.needsTimeOfDay(quote(text), text);
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) return w.notRealDateTime(quote(text));
  return w.notATime(quote(text));
}

const yearTooEarly = (text: string): boolean => {
  const year = /^(\d{4})-\d{2}-\d{2}(?:T|$)/.exec(text)?.[1];
  return year !== undefined && Number(year) < YEAR_MIN;
};

/** A time without an offset: its instant depends on the file's zone (times.ts). */
export const LOCAL = 'local';

/** What a real date and time writes: its instant and offset, LOCAL when it has no offset, else null. */
function writtenTime(text: string): ParsedTime | typeof LOCAL | null {
  const written = parseIsoWithOffset(text);
  if (written !== null) return written;
  return LOCAL_SHAPE.test(text) && parseIsoWithOffset(`${text}Z`) !== null ? LOCAL : null;
}

/** The shapes, published in the JSON Schema so editors can flag a bad time as it is typed. */
const LOCAL_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;
const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?$/;
const CLOCK_SHAPE = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

export const time = z
  .string()
  // The schema's own messages are English; a located problem is phrased again from the input
  // in the reader's language (issues.ts).
  .regex(ISO_SHAPE, { error: (issue) => timeProblem(String(issue.input), en) ?? undefined, abort: true })
  // The shape can hold an impossible date (30 February), which only parsing finds.
  .superRefine((text, ctx) => {
    const problem = timeProblem(text, en);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: text, params: { time: true } });
  })
  .meta({
    description:
      'ISO 8601 date and time with a UTC offset, e.g. 2019-03-22T10:00+09:00 (the offset may be left out when zone names an IANA time zone)',
  });

/**
 * A time as `time` reads it, parsed once: its instant and offset, LOCAL when it has none, or
 * null when `time` refuses the text. For the fast path (load.ts), which reads a large file's
 * event times itself and leaves a file with a bad one to the schema and its messages.
 */
export const readTime = (text: string): ParsedTime | typeof LOCAL | null =>
  // The shape starts with the year's four digits.
  ISO_SHAPE.test(text) && Number(text.slice(0, 4)) >= YEAR_MIN ? writtenTime(text) : null;

export const clock = z
  .string()
  .regex(CLOCK_SHAPE, {
    error: (issue) => en.notATimeOfDay(quote(String(issue.input))),
  })
  .meta({ description: 'Local time of day, HH:MM' });

export const key = z.string().regex(KEY_PATTERN);
export const text = z.string().min(1);

export const checks = z
  .strictObject({
    at: z.array(clock).min(1),
    days: z.enum(['weekdays', 'daily']),
  })
  .meta({ description: 'Routine check calls (or consultations) at these local times' });

export const between = z
  .tuple([key, key])
  .optional()
  .meta({ description: 'The two parties this channel connects (default: sides)' });

export const headCounts = z.record(key, z.number().int().min(0));

/** When the starting state began and why, for a channel already cut before the scenario starts. */
export const initialHistory = {
  since: time
    .optional()
    .meta({ description: 'When this starting state began (before start), e.g. 2010-11-01T00:00+09:00' }),
  cause: text.optional().meta({ description: 'Why, in a few words, e.g. destroyed by a wildfire' }),
};
