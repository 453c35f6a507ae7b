/**
 * Turns a checked scenario file into the typed Scenario the simulation consumes, filling
 * in every default the format promises (docs/scenario-format.md).
 */
import { entriesInOrder, type KeyOrder } from './keyOrder.js';
import type {
  ChannelEventName,
  ChannelStatus,
  ReachExpectation,
  ChannelSpec,
  CheckCalendar,
  Expectation,
  PartyId,
  Scenario,
  ScenarioEvent,
  Tag,
} from '../model/scenario.js';
import { addLocalDays, parseClock } from '../time/clock.js';
import { FileClock } from './times.js';

import { cleanStrings } from '../text/sanitize.js';
import type { ChannelEntry, EventEntry, ScenarioFile } from './schema.js';
import { KINDS } from '../channels/registry.js';
import type { ChannelKindModule } from '../channels/kind.js';

const MINUTE = 60_000;

function calendar(checks: ChannelEntry['checks']): CheckCalendar | null {
  if (!checks) return null;
  return { times: checks.at.map((t) => parseClock(t)!).sort((a, b) => a - b), days: checks.days };
}

/** The shared history of a channel's starting state: since when (read by the clock) and why. */
function initialHistory(since: number | undefined, cause: string | undefined) {
  return {
    ...(since === undefined ? {} : { since }),
    ...(cause === undefined ? {} : { cause }),
  };
}

function channelSpec(
  id: string,
  entry: ChannelEntry,
  sides: [PartyId, PartyId],
  clock: FileClock,
): ChannelSpec {
  const between: [PartyId, PartyId] = entry.between ? [entry.between[0], entry.between[1]] : [...sides];
  const base = { id, name: entry.name, between, checks: calendar(entry.checks) };
  // The kind fills in its own part; the history of the starting state is the same for all.
  const kind = KINDS[entry.kind] as ChannelKindModule;
  const spec = kind.file.toSpec(entry as never, base);
  const history = initialHistory(clock.sinceOf(id), entry.initial?.cause);
  return { ...spec, initial: { ...spec.initial, ...history } } as ChannelSpec;
}

/** One event as the model keeps it; the optional keys are set in place (a large file has many events). */
function scenarioEvent(entry: EventEntry, at: number, defaultTag: Tag): ScenarioEvent {
  const channels =
    entry.channel === undefined
      ? []
      : typeof entry.channel === 'string'
        ? [entry.channel]
        : [...entry.channel];
  // A channel event always names its side (the checks insist), so this is one of the two
  // shapes of event; context names a side only if it says so.
  const event = {
    at,
    side: entry.side ?? null,
    channels,
    do: (entry.do as ChannelEventName | undefined) ?? null,
  } as Partial<ScenarioEvent>;
  // In the order the keys have always had.
  if (entry.count !== undefined) event.count = entry.count;
  if (entry.cause !== undefined) event.cause = entry.cause;
  event.narrate = entry.narrate ?? '';
  if (entry.source !== undefined) event.source = entry.source;
  event.tag = entry.tag ?? defaultTag;
  event.expect = expectationsOf(entry.expect);
  if (entry.reach !== undefined) event.reach = reachExpectation(entry.reach);
  return event as ScenarioEvent;
}

/** `last-link: id`, a list of ids, or null for none. */
function reachExpectation(entry: NonNullable<EventEntry['reach']>): ReachExpectation {
  const links = entry['last-link'];
  return {
    ...(entry.reachable === undefined ? {} : { reachable: entry.reachable }),
    ...(links === undefined
      ? {}
      : { lastLinks: links === null ? [] : typeof links === 'string' ? [links] : [...links] }),
  };
}

/** What an event or a checkpoint expects, as the model keeps it: `{ office: closed }` as a list. */
function expectationsOf(expect: EventEntry['expect']): Expectation[] {
  if (expect === undefined) return [];
  return Object.entries(expect).map(([channel, status]: [string, ChannelStatus]) => ({ channel, status }));
}

/** The end the file gives, else 23:59 local on the day of the last event (or of the start). */
export function scenarioEnd(file: ScenarioFile, clock = new FileClock(file)): number {
  if (clock.end !== undefined) return clock.end;
  // A loop, not Math.max(...): a large file has more events than a call takes arguments.
  let last = clock.start;
  for (let i = 0; i < file.events.length; i++) last = Math.max(last, clock.eventAt(i));
  return addLocalDays(last, 1, clock.zone) - MINUTE;
}

/**
 * The typed scenario, every string in it cleaned of terminal controls (src/text/sanitize.ts).
 * `clean`: the reader already knows no string needs it (a walk over every string is saved).
 */
export function toScenario(
  raw: ScenarioFile,
  order?: KeyOrder,
  { clean = false, clock: read }: { clean?: boolean; clock?: FileClock } = {},
): Scenario {
  const file = clean ? raw : cleanStrings(raw);
  // Cleaning cannot change a time (a time with a control character is refused before), only
  // the zone's label the clock keeps: the caller's clock serves unless that label changed.
  const clock = read && file.zone === raw.zone ? read : new FileClock(file);
  const { zone } = clock;
  const { start } = clock;
  const parties = entriesInOrder(file.parties, order?.parties);
  const partyIds = parties.map(([id]) => id);
  const sides: [PartyId, PartyId] = file.sides
    ? [file.sides[0], file.sides[1]]
    : [partyIds[0]!, partyIds[1]!];
  const defaultTag = file.tag ?? 'historical';
  const events = file.events.map((e, i) => scenarioEvent(e, clock.eventAt(i), defaultTag));
  return {
    id: file.id,
    title: file.title,
    ...(file.summary === undefined ? {} : { summary: file.summary }),
    ...(file.lang === undefined ? {} : { lang: file.lang }),
    start,
    end: scenarioEnd(file, clock),
    zone,
    parties: parties.map(([id, p]) => ({ id, name: p.name, short: p.short ?? p.name })),
    sides,
    channels: entriesInOrder(file.channels, order?.channels).map(([id, entry]) =>
      channelSpec(id, entry, sides, clock),
    ),
    events,
    questions: (file.questions ?? []).map((q, i) => ({
      at: clock.questionAt(i),
      ask: q.ask,
      answer: q.answer,
    })),
    ...(file.checkpoints === undefined
      ? {}
      : {
          checkpoints: file.checkpoints.map((c, i) => ({
            at: clock.checkpointAt(i),
            ...(c.note === undefined ? {} : { note: c.note }),
            expect: expectationsOf(c.expect),
            ...(c.reach === undefined ? {} : { reach: reachExpectation(c.reach) }),
          })),
        }),
  };
}
