/**
 * The scenario file format (docs/scenario-format.md) as a zod schema. It only checks the
 * shape of the file; cross-references (unknown channels, events a channel kind does not
 * have, time order) are checked afterwards in check.ts, where every problem can be placed
 * at its own line. Objects are strict so that a typo'd key is an error, not ignored.
 */
import { z } from 'zod';
import { HOTLINE_EVENTS, OFFICE_EVENTS } from '../model/scenario.js';
import { parseIsoWithOffset, YEAR_MAX, YEAR_MIN } from '../time/clock.js';
import { quote } from '../text/sanitize.js';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
export const ALL_EVENTS = [...new Set<string>([...HOTLINE_EVENTS, ...OFFICE_EVENTS])] as [
  string,
  ...string[],
];

const TIME_LIMITS = `${String(YEAR_MIN).padStart(4, '0')}-01-01 to ${YEAR_MAX}-12-31`;

/**
 * Why a time text is not an ISO 8601 date and time, in words an author can act on; null
 * when fine. Whether it needs an offset depends on the file's zone: see times.ts.
 */
export function timeProblem(text: string): string | null {
  const year = /^(\d{4})-\d{2}-\d{2}(?:T|$)/.exec(text)?.[1];
  if (year !== undefined && Number(year) < YEAR_MIN)
    return `the time ${quote(text)} is not a real date: liaison-sim handles times from ${TIME_LIMITS}`;
  if (parseIsoWithOffset(text) !== null) return null;
  if (LOCAL_SHAPE.test(text) && parseIsoWithOffset(`${text}Z`) !== null) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text))
    return `the date ${quote(text)} needs a time of day: write e.g. "${text}T09:00" followed by the file's UTC offset`;
  if (/^\d{4}-\d{2}-\d{2}T/.test(text))
    return `the time ${quote(text)} is not a real date and time (e.g. 2019-03-22T10:00+09:00)`;
  return `${quote(text)} is not a time: write it as ISO 8601, e.g. 2019-03-22T10:00+09:00`;
}

/** The shapes, published in the JSON Schema so editors can flag a bad time as it is typed. */
const LOCAL_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;
const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?$/;
const CLOCK_SHAPE = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

const time = z
  .string()
  .regex(ISO_SHAPE, { error: (issue) => timeProblem(String(issue.input)) ?? undefined, abort: true })
  // The shape can hold an impossible date (30 February), which only parsing finds.
  .superRefine((text, ctx) => {
    const problem = timeProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: text });
  })
  .meta({
    description:
      'ISO 8601 date and time with a UTC offset, e.g. 2019-03-22T10:00+09:00 (the offset may be left out when zone names an IANA time zone)',
  });

const clock = z
  .string()
  .regex(CLOCK_SHAPE, {
    error: (issue) => `${quote(String(issue.input))} is not a time of day: write it as HH:MM, e.g. "09:00"`,
  })
  .meta({ description: 'Local time of day, HH:MM' });

const key = z.string().regex(KEY_PATTERN);
const text = z.string().min(1);

const party = z.strictObject({
  name: text.meta({ description: 'Full name, e.g. South Korea' }),
  short: text.optional().meta({ description: 'Short name for narrow places, e.g. South (default: name)' }),
});

const checks = z
  .strictObject({
    at: z.array(clock).min(1),
    days: z.enum(['weekdays', 'daily']),
  })
  .meta({ description: 'Routine check calls (or consultations) at these local times' });

const between = z
  .tuple([key, key])
  .optional()
  .meta({ description: 'The two parties this channel connects (default: sides)' });

const headCounts = z.record(key, z.number().int().min(0));

/** When the starting state began and why, for a channel already cut before the scenario starts. */
const initialHistory = {
  since: time
    .optional()
    .meta({ description: 'When this starting state began (before start), e.g. 2010-11-01T00:00+09:00' }),
  cause: text.optional().meta({ description: 'Why, in a few words, e.g. destroyed by a wildfire' }),
};

const hotlineInitial = z.strictObject({
  ...initialHistory,
  line: z.enum(['not-connected', 'working', 'degraded', 'broken']).optional(),
  silent: z.array(key).optional(),
  calls: z.union([z.enum(['on', 'off']), z.boolean()]).optional(),
});

const officeInitial = z.strictObject({
  ...initialHistory,
  facility: z.enum(['not-open', 'operating', 'suspended', 'demolished']).optional(),
  staff: headCounts.optional().meta({ description: 'Head count now: 0 = withdrawn' }),
});

const hotline = z.strictObject({
  kind: z.literal('hotline'),
  class: z.enum(['government', 'military', 'leaders', 'other']).optional(),
  name: text,
  between,
  checks: checks.optional(),
  initial: hotlineInitial
    .optional()
    .meta({ description: 'State at the start (default: working, both answering, calls on)' }),
});

const office = z.strictObject({
  kind: z.literal('liaison-office'),
  name: text,
  between,
  staff: headCounts.meta({ description: 'The full complement of each side' }),
  initial: officeInitial
    .optional()
    .meta({ description: 'State at the start (default: operating, everyone present)' }),
  checks: checks.optional(),
});

const tag = z.enum(['historical', 'counterfactual']);
export const STATUSES = ['open', 'degraded', 'closed'] as const;

const event = z.strictObject({
  at: time,
  side: key.optional().meta({ description: 'Who acts: a party id, both, or nature' }),
  channel: z
    .union([key, z.array(key).min(1)])
    .optional()
    .meta({ description: 'One channel id or a list; omit for context events' }),
  do: z.enum(ALL_EVENTS).optional(),
  count: z.number().int().min(1).optional(),
  cause: text.optional(),
  narrate: z.string().optional(),
  source: text.optional(),
  tag: tag.optional(),
  expect: z
    .record(key, z.enum(STATUSES))
    .optional()
    .meta({ description: 'Statuses that must hold right after this event' }),
});

const question = z.strictObject({ at: time, ask: text, answer: text });

export const scenarioFileSchema = z
  .strictObject({
    // JSON files name their schema this way (YAML files use a comment instead).
    $schema: z.string().optional().meta({ description: 'Path or URL of this JSON Schema, for editors' }),
    id: z.string().regex(ID_PATTERN).meta({ description: 'Lower-case letters, digits and dashes' }),
    title: text,
    summary: z.string().optional(),
    tag: tag.optional(),
    start: time,
    end: time.optional(),
    zone: text.optional(),
    sides: z.tuple([key, key]).optional(),
    parties: z.record(key, party),
    channels: z.record(key, z.discriminatedUnion('kind', [hotline, office])),
    events: z.array(event),
    questions: z.array(question).optional(),
  })
  .meta({ title: 'liaison-sim scenario' });

export type ScenarioFile = z.infer<typeof scenarioFileSchema>;
export type ChannelEntry = ScenarioFile['channels'][string];
export type EventEntry = ScenarioFile['events'][number];

const keysOf = (object: { shape: object }) => Object.keys(object.shape);

/** The keys allowed in the map at `path` of `data` (for did-you-mean on unknown keys). */
export function allowedKeys(path: readonly PropertyKey[], data: unknown): string[] {
  const [head, second, third] = path;
  if (path.length === 0) return keysOf(scenarioFileSchema);
  if (head === 'parties' && path.length === 2) return keysOf(party);
  if (head === 'events' && path.length === 2) return keysOf(event);
  if (head === 'questions' && path.length === 2) return keysOf(question);
  if (head !== 'channels' || path.length > 3) return [];
  const channels = (data as { channels?: Record<string, { kind?: unknown }> } | null)?.channels;
  const kind = channels?.[String(second)]?.kind;
  if (path.length === 2) return kind === 'hotline' ? keysOf(hotline) : keysOf(office);
  if (third === 'checks') return keysOf(checks);
  if (third === 'initial') return kind === 'hotline' ? keysOf(hotlineInitial) : keysOf(officeInitial);
  return [];
}

/** The JSON Schema that editors use (yaml-language-server) and `liaison-sim schema` prints. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scenarioFileSchema, { target: 'draft-07', io: 'input' }) as Record<string, unknown>;
}

/** The text of scenarios/scenario.schema.json, exactly as committed. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
