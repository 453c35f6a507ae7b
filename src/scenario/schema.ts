/**
 * The scenario file format (docs/scenario-format.md) as a zod schema. It only checks the
 * shape of the file; cross-references (unknown channels, events a channel kind does not
 * have, time order) are checked afterwards in check.ts, where every problem can be placed
 * at its own line. Objects are strict so that a typo'd key is an error, not ignored.
 */
import * as z from 'zod';
import { KINDS } from '../channels/registry.js';
import { STATUSES } from '../model/scenario.js';
import { LANGS } from '../words/lang.js';
import { checks, key, text, time } from './fields.js';
import { sameShapeChecker } from './sameShape.js';

export { ID_PATTERN, KEY_PATTERN, timeProblem } from './fields.js';
import { ID_PATTERN } from './fields.js';

export const ALL_EVENTS = [
  ...new Set<string>(Object.values(KINDS).flatMap((k) => Object.keys(k.events))),
] as [string, ...string[]];

const party = z.strictObject({
  name: text.meta({ description: 'Full name, e.g. South Korea' }),
  short: text.optional().meta({ description: 'Short name for narrow places, e.g. South (default: name)' }),
});

/** Each kind's entry, from its own folder (registry order). */
const KIND_ENTRIES = [
  KINDS.hotline.file.entry,
  ...Object.values(KINDS)
    .filter((k) => k !== KINDS.hotline)
    .map((k) => k.file.entry),
] as [(typeof KINDS.hotline)['file']['entry'], ...(typeof KINDS)[keyof typeof KINDS]['file']['entry'][]];

const tag = z.enum(['historical', 'counterfactual']);

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
  reach: z.lazy(() => reach).optional(),
});

const reach = z
  .strictObject({
    reachable: z.boolean().optional().meta({ description: 'Whether the two sides can reach each other' }),
    'last-link': z
      .union([key, z.array(key), z.literal(null)])
      .optional()
      .meta({ description: 'The channel (or channels) whose loss would cut the sides off; null for none' }),
  })
  .meta({ description: 'Reachability of the two sides that must hold' });

const checkpoint = z.strictObject({
  at: time,
  note: text.optional(),
  expect: z
    .record(key, z.enum(STATUSES))
    .optional()
    .meta({ description: 'Statuses that must hold at this moment' }),
  reach: reach.optional(),
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
    lang: z.enum(LANGS).optional().meta({
      description:
        'The language the file is written in (en, ko): the tool speaks it unless --lang says otherwise',
    }),
    sides: z.tuple([key, key]).optional(),
    parties: z.record(key, party),
    channels: z.record(key, z.discriminatedUnion('kind', KIND_ENTRIES)),
    events: z.array(event),
    questions: z.array(question).optional(),
    checkpoints: z
      .array(checkpoint)
      .optional()
      .meta({ description: 'Expectations at moments with no event' }),
  })
  .meta({ title: 'liaison-sim scenario' });

/**
 * The schema with the events taken as any list, for the fast path (load.ts), which checks
 * them with checkEvents: through zod, each of a large file's events costs a result and a
 * check context for every field. Anything either refuses goes to the full schema.
 */
export const plainScenarioFileSchema = scenarioFileSchema.extend({ events: z.array(z.unknown()) });

export type ScenarioFile = z.infer<typeof scenarioFileSchema>;
export type ChannelEntry = ScenarioFile['channels'][string];
export type EventEntry = ScenarioFile['events'][number];

/**
 * The events as the schema takes them, each field's repeated values checked once, or null.
 * An event's `at` need only be text here: the fast path reads every time itself
 * (times.ts readEventTimes), once for the check and the clock.
 */
export const checkEvents = sameShapeChecker<Omit<EventEntry, 'at'> & { at: string }>(event, {
  at: (value) => typeof value === 'string',
});

const keysOf = (object: { shape: object }) => Object.keys(object.shape);

/** The keys allowed in the map at `path` of `data` (for did-you-mean on unknown keys). */
export function allowedKeys(path: readonly PropertyKey[], data: unknown): string[] {
  const [head, second, third] = path;
  if (path.length === 0) return keysOf(scenarioFileSchema);
  if (head === 'parties' && path.length === 2) return keysOf(party);
  if (head === 'events' && path.length === 2) return keysOf(event);
  if (head === 'questions' && path.length === 2) return keysOf(question);
  if (head === 'checkpoints' && path.length === 2) return keysOf(checkpoint);
  if ((head === 'events' || head === 'checkpoints') && third === 'reach') return keysOf(reach);
  if (head !== 'channels' || path.length > 3) return [];
  const channels = (data as { channels?: Record<string, { kind?: unknown }> } | null)?.channels;
  const kind = channels?.[String(second)]?.kind;
  const module = Object.hasOwn(KINDS, String(kind)) ? KINDS[String(kind) as keyof typeof KINDS] : null;
  if (path.length === 2) return module ? keysOf(module.file.entry) : [];
  if (third === 'checks') return keysOf(checks);
  if (third === 'initial') return module ? keysOf(module.file.initial) : [];
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
