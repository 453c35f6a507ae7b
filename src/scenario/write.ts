/**
 * Scenario -> scenario file text, so a what-if branch can be saved as a new scenario that
 * loads back to the same Scenario. Defaults the loader would fill in are left out, to keep
 * the file as short as one written by hand.
 */
import { Document, isMap, isScalar, isSeq, visit } from 'yaml';
import type {
  ChannelSpec,
  Expectation,
  InitialHistory,
  ReachExpectation,
  Scenario,
  ScenarioEvent,
} from '../model/scenario.js';
import { formatClock, toIso } from '../time/clock.js';
import type { Zone } from '../time/zone.js';
import { kindOf } from '../channels/registry.js';

/** "2019-03-22T10:00+09:00", with seconds only when there are any. */
const isoTime = (at: number, zone: Zone): string => toIso(at, zone, 'if-any');

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** The `since` and `cause` of a starting state, as the file writes them. */
function historyEntry(initial: InitialHistory, zone: Zone): Record<string, string> {
  return {
    ...(initial.since === undefined ? {} : { since: isoTime(initial.since, zone) }),
    ...(initial.cause === undefined ? {} : { cause: initial.cause }),
  };
}

function channelEntry(spec: ChannelSpec, sides: readonly string[], zone: Zone): Record<string, unknown> {
  const { lead, body, initial } = kindOf(spec.kind).file.toEntry(spec);
  const entry: Record<string, unknown> = { kind: spec.kind, ...lead, name: spec.name };
  if (!sameList(spec.between, sides)) entry.between = [...spec.between];
  Object.assign(entry, body);
  if (spec.checks) entry.checks = { at: spec.checks.times.map(formatClock), days: spec.checks.days };
  const start = { ...initial, ...historyEntry(spec.initial, zone) };
  if (Object.keys(start).length > 0) entry.initial = start;
  return entry;
}

function eventEntry(event: ScenarioEvent, zone: Zone, defaultTag: string): Record<string, unknown> {
  const entry: Record<string, unknown> = { at: isoTime(event.at, zone) };
  if (event.side !== null) entry.side = event.side;
  if (event.channels.length === 1) entry.channel = event.channels[0];
  else if (event.channels.length > 1) entry.channel = [...event.channels];
  if (event.do !== null) entry.do = event.do;
  if (event.count !== undefined) entry.count = event.count;
  if (event.cause !== undefined) entry.cause = event.cause;
  if (event.narrate !== '') entry.narrate = event.narrate;
  if (event.source !== undefined) entry.source = event.source;
  if (event.tag !== defaultTag) entry.tag = event.tag;
  return { ...entry, ...expectationEntries(event) };
}

/**
 * The file's default tag. A file with any counterfactual event is not history as a whole
 * (a saved what-if above all), so it says `tag: counterfactual` and its historical events
 * carry their own tag; only a file of history alone says `tag: historical`.
 */
function defaultTag(scenario: Scenario): 'historical' | 'counterfactual' {
  return scenario.events.some((e) => e.tag === 'counterfactual') ? 'counterfactual' : 'historical';
}

/** What an event or a checkpoint expects, as the file writes it: `expect: { office: closed }`, `reach`. */
function expectationEntries(x: {
  expect: readonly Expectation[];
  reach?: ReachExpectation;
}): Record<string, unknown> {
  return {
    ...(x.expect.length === 0
      ? {}
      : { expect: Object.fromEntries(x.expect.map((e) => [e.channel, e.status])) }),
    ...(x.reach === undefined ? {} : { reach: reachEntry(x.reach) }),
  };
}

/** A reachability expectation as the file writes it: one last link as its id, none as null. */
function reachEntry(reach: ReachExpectation): Record<string, unknown> {
  const links = reach.lastLinks;
  return {
    ...(reach.reachable === undefined ? {} : { reachable: reach.reachable }),
    ...(links === undefined
      ? {}
      : { 'last-link': links.length === 0 ? null : links.length === 1 ? links[0] : [...links] }),
  };
}

/** Short maps and lists of words read best on one line: `staff: { south: 20, north: 20 }`. */
const FLOW_KEYS = new Set([
  'staff',
  'checks',
  'expect',
  'reach',
  'between',
  'sides',
  'silent',
  'at',
  'channel',
]);

export function scenarioToYaml(scenario: Scenario): string {
  const zone = scenario.zone;
  const tag = defaultTag(scenario);
  const sides = [...scenario.sides];
  const data: Record<string, unknown> = {
    id: scenario.id,
    title: scenario.title,
    ...(scenario.summary === undefined ? {} : { summary: scenario.summary }),
    tag,
    start: isoTime(scenario.start, zone),
    end: isoTime(scenario.end, zone),
    zone: scenario.zone.name,
    ...(scenario.lang === undefined ? {} : { lang: scenario.lang }),
    sides,
    // A Map keeps the order: an object would put integer-like ids ("0", "12") first.
    parties: new Map(
      scenario.parties.map((p) => [
        p.id,
        p.short === p.name ? { name: p.name } : { name: p.name, short: p.short },
      ]),
    ),
    channels: new Map(scenario.channels.map((c) => [c.id, channelEntry(c, sides, scenario.zone)])),
    events: scenario.events.map((e) => eventEntry(e, zone, tag)),
    ...(scenario.questions.length === 0
      ? {}
      : {
          questions: scenario.questions.map((q) => ({
            at: isoTime(q.at, zone),
            ask: q.ask,
            answer: q.answer,
          })),
        }),
    ...(scenario.checkpoints === undefined
      ? {}
      : {
          checkpoints: scenario.checkpoints.map((c) => ({
            at: isoTime(c.at, zone),
            ...(c.note === undefined ? {} : { note: c.note }),
            ...expectationEntries(c),
          })),
        }),
  };
  const doc = new Document(data, { schema: 'core' });
  visit(doc, {
    Pair(_, pair) {
      const key = String((pair.key as { value?: unknown } | null)?.value ?? pair.key);
      if (FLOW_KEYS.has(key) && (isMap(pair.value) || isSeq(pair.value))) pair.value.flow = true;
      // Quoted, so that YAML 1.1 tools do not read 09:00 as a sexagesimal number.
      if (key === 'at' && isSeq(pair.value))
        for (const item of pair.value.items) if (isScalar(item)) item.type = 'QUOTE_SINGLE';
      // Each party fits on one line too: `south: { name: South Korea, short: South }`.
      if (key === 'parties' && isMap(pair.value))
        for (const party of pair.value.items) if (isMap(party.value)) party.value.flow = true;
    },
  });
  return doc.toString({ lineWidth: 100, singleQuote: true });
}
