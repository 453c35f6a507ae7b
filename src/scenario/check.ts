/**
 * Checks that need more than the shape of the file: names that must refer to declared
 * parties and channels, events the channel kind does not have, head counts, time order.
 * Runs on data that already passed the schema. Every problem carries the path of the
 * offending key so it can be shown at its line.
 */
import { EVENTS_BY_KIND, PER_SIDE_EVENTS, type ChannelEventName } from '../model/scenario.js';
import { formatDateTime, parseIsoWithOffset } from '../time/clock.js';
import { scenarioEnd } from './convert.js';
import type { PathProblem } from './issues.js';
import type { Path } from './locate.js';
import type { ChannelEntry, EventEntry, ScenarioFile } from './schema.js';
import { didYouMean } from './suggest.js';

const RESERVED_ACTORS = ['both', 'nature'];
const COUNTED_EVENTS = ['send-staff', 'reduce-staff'];

const timeOf = (text: string) => parseIsoWithOffset(text)!.at;

/** Each routine check is a frame: a stranger's file spanning centuries must not eat the machine. */
export const MAX_ROUTINE_CALLS = 50_000;
const DAY_MS = 24 * 60 * 60_000;
/** Routes between the sides are enumerated: keep the graph small enough for that. */
export const MAX_PARTIES = 8;
export const MAX_CHANNELS = 24;

function routineCallsAtMost(file: ScenarioFile, span: number): number {
  const days = Math.max(0, Math.ceil(span / DAY_MS) + 1);
  const perDay = Object.values(file.channels).reduce((sum, c) => sum + (c.checks?.at.length ?? 0), 0);
  return days * perDay;
}

class Findings {
  readonly problems: PathProblem[] = [];
  add(path: Path, message: string, hint?: string, atKey = false): void {
    this.problems.push({ path, message, ...(hint ? { hint } : {}), ...(atKey ? { atKey } : {}) });
  }
}

/** Parties that `between` (or the default `sides`) names, when both are valid. */
function channelEnds(channel: ChannelEntry, sides: readonly string[]): string[] {
  return channel.between ?? [...sides];
}

export function checkScenario(file: ScenarioFile): PathProblem[] {
  const found = new Findings();
  const partyIds = Object.keys(file.parties);
  const channelIds = Object.keys(file.channels);
  const offset = parseIsoWithOffset(file.start)!.offsetMinutes;
  const show = (at: number) => formatDateTime(at, offset);

  for (const id of partyIds)
    if (RESERVED_ACTORS.includes(id))
      found.add(
        ['parties', id],
        `"${id}" cannot be a party id: it is reserved for events (side: ${id})`,
        undefined,
        true,
      );
  if (partyIds.length > MAX_PARTIES)
    found.add(
      ['parties'],
      `a scenario may declare at most ${MAX_PARTIES} parties; this one declares ${partyIds.length}`,
      'the reachability analysis looks at every route between the sides, which grows very fast with more parties',
    );
  if (channelIds.length > MAX_CHANNELS)
    found.add(
      ['channels'],
      `a scenario may declare at most ${MAX_CHANNELS} channels; this one declares ${channelIds.length}`,
    );
  if (partyIds.length < 2)
    found.add(['parties'], `a scenario needs at least two parties; this one declares ${partyIds.length}`);

  const checkPair = (path: Path, pair: readonly string[], what: string) => {
    pair.forEach((id, i) => {
      if (!partyIds.includes(id))
        found.add(
          [...path, i],
          `${what} names "${id}", which is not a declared party`,
          didYouMean(id, partyIds),
        );
    });
    if (pair[0] === pair[1])
      found.add(path, `${what} names "${pair[0]}" twice: it needs two different parties`);
  };
  if (file.sides) checkPair(['sides'], file.sides, '"sides"');
  const sides = file.sides ?? partyIds.slice(0, 2);

  for (const [id, channel] of Object.entries(file.channels))
    checkChannel(found, id, channel, sides, partyIds, checkPair);

  const start = timeOf(file.start);
  const end = scenarioEnd(file);
  if (end < start) found.add(['end'], `the scenario ends (${show(end)}) before it starts (${show(start)})`);
  const calls = routineCallsAtMost(file, end - start);
  if (calls > MAX_ROUTINE_CALLS)
    found.add(
      [file.end === undefined ? 'start' : 'end'],
      `from ${show(start)} to ${show(end)} the channels would make up to ${calls} routine check calls; liaison-sim simulates at most ${MAX_ROUTINE_CALLS}`,
      'shorten the period, or give fewer channels a checks: calendar',
    );

  let previous: number | null = null;
  file.events.forEach((event, index) => {
    const at = timeOf(event.at);
    const path: Path = ['events', index];
    if (previous !== null && at < previous)
      found.add(
        [...path, 'at'],
        `event ${index + 1} (${show(at)}) is earlier than the event before it (${show(previous)}): events must be in time order`,
      );
    if (at < start)
      found.add(
        [...path, 'at'],
        `event ${index + 1} (${show(at)}) is before the scenario starts (${show(start)})`,
      );
    if (at > end)
      found.add(
        [...path, 'at'],
        `event ${index + 1} (${show(at)}) is after the scenario ends (${show(end)})`,
      );
    previous = at;
    checkEvent(found, path, event, file, partyIds, channelIds);
  });

  (file.questions ?? []).forEach((question, index) => {
    const at = timeOf(question.at);
    if (at < start || at > end)
      found.add(
        ['questions', index, 'at'],
        `question ${index + 1} (${show(at)}) is outside the scenario (${show(start)} to ${show(end)})`,
      );
  });
  return found.problems;
}

function checkChannel(
  found: Findings,
  id: string,
  channel: ChannelEntry,
  sides: readonly string[],
  partyIds: readonly string[],
  checkPair: (path: Path, pair: readonly string[], what: string) => void,
): void {
  const path: Path = ['channels', id];
  if (channel.between) checkPair([...path, 'between'], channel.between, '"between"');
  const ends = channelEnds(channel, sides);
  const endsKnown = ends.every((party) => partyIds.includes(party));
  const times = channel.checks?.at ?? [];
  times.forEach((time, i) => {
    if (times.indexOf(time) !== i)
      found.add([...path, 'checks', 'at', i], `the check time ${time} is listed twice`);
  });

  const checkEndKeys = (where: Path, record: Record<string, number>, what: string) => {
    for (const party of Object.keys(record))
      if (!ends.includes(party))
        found.add(
          [...where, party],
          `${what} for "${party}", who is not at either end of channel "${id}" (${ends.join(' and ')})`,
          didYouMean(party, ends),
          true,
        );
  };

  // Unknown ends are reported where they are named; checking against them only adds noise.
  if (!endsKnown) return;
  if (channel.kind === 'hotline') {
    (channel.initial?.silent ?? []).forEach((party, i) => {
      if (!ends.includes(party))
        found.add(
          [...path, 'initial', 'silent', i],
          `"${party}" is not at either end of channel "${id}" (${ends.join(' and ')}), so cannot be silent on it`,
          didYouMean(party, ends),
        );
    });
    return;
  }

  checkEndKeys([...path, 'staff'], channel.staff, 'a staff number is given');
  for (const party of ends) {
    if (!(party in channel.staff))
      found.add(
        [...path, 'staff'],
        `"staff" of channel "${id}" gives no number for "${party}" (its full complement)`,
        `add ${party}: 20 (or the real number) under staff`,
      );
    else if (channel.staff[party] === 0)
      found.add(
        [...path, 'staff', party],
        `the full complement of "${party}" at channel "${id}" must be at least 1`,
      );
  }
  const initial = channel.initial?.staff;
  if (!initial) return;
  checkEndKeys([...path, 'initial', 'staff'], initial, 'a starting head count is given');
  for (const [party, count] of Object.entries(initial)) {
    const full = channel.staff[party];
    if (full !== undefined && count > full)
      found.add(
        [...path, 'initial', 'staff', party],
        `"${party}" starts with ${count} staff, more than its full complement of ${full}`,
      );
  }
}

function checkEvent(
  found: Findings,
  path: Path,
  event: EventEntry,
  file: ScenarioFile,
  partyIds: string[],
  channelIds: string[],
): void {
  const actors = [...partyIds, ...RESERVED_ACTORS];
  const number = Number(path[1]) + 1;
  if (event.side !== undefined && !actors.includes(event.side))
    found.add(
      [...path, 'side'],
      `"${event.side}" is not a declared party: "side" must be one of ${actors.join(', ')}`,
      didYouMean(event.side, actors),
    );

  const listed =
    event.channel === undefined ? [] : typeof event.channel === 'string' ? [event.channel] : event.channel;
  const channelPath = (i: number): Path =>
    typeof event.channel === 'string' ? [...path, 'channel'] : [...path, 'channel', i];
  listed.forEach((id, i) => {
    if (!channelIds.includes(id))
      found.add(channelPath(i), `there is no channel "${id}"`, didYouMean(id, channelIds));
    else if (listed.indexOf(id) !== i) found.add(channelPath(i), `channel "${id}" is listed twice`);
  });

  for (const channel of Object.keys(event.expect ?? {}))
    if (!channelIds.includes(channel))
      found.add(
        [...path, 'expect', channel],
        `"expect" names channel "${channel}", which is not declared`,
        didYouMean(channel, channelIds),
        true,
      );

  const action = event.do as ChannelEventName | undefined;
  if (action === undefined) {
    if (listed.length > 0)
      found.add([...path, 'channel'], `event ${number} names a channel but says nothing to "do" there`);
    if (event.count !== undefined)
      found.add([...path, 'count'], `"count" is only for send-staff and reduce-staff`);
    return;
  }
  if (listed.length === 0)
    found.add(
      [...path, 'do'],
      `"${action}" needs a "channel" to act on`,
      `add: channel: ${channelIds[0] ?? 'office'}`,
    );
  if (event.side === undefined)
    found.add(
      path,
      `event ${number} is missing "side": who does "${action}"?`,
      `add side: with one of ${actors.join(', ')}`,
    );

  const perSide = PER_SIDE_EVENTS.has(action);
  if (perSide && event.side === 'nature')
    found.add(
      [...path, 'side'],
      `"${action}" is done by one side's own staff or phone, so "side" cannot be nature`,
      'name the party (or both)',
    );
  if (event.count !== undefined && !COUNTED_EVENTS.includes(action))
    found.add([...path, 'count'], `"count" is only for send-staff and reduce-staff, not "${action}"`);
  if (action === 'reduce-staff' && event.count === undefined)
    found.add([...path, 'do'], `"reduce-staff" needs a "count": how many staff remain`);

  for (const id of new Set(listed)) {
    const channel = file.channels[id];
    if (!channel) continue;
    const names = EVENTS_BY_KIND[channel.kind];
    if (!names.includes(action)) {
      found.add(
        [...path, 'do'],
        `channel "${id}" is a ${channel.kind}, which has no event "${action}"`,
        `a ${channel.kind} can: ${names.join(', ')}`,
      );
      continue;
    }
    const sides = file.sides ?? partyIds.slice(0, 2);
    const ends = channelEnds(channel, sides);
    if (!ends.every((party) => partyIds.includes(party))) continue;
    if (perSide && event.side !== undefined && partyIds.includes(event.side) && !ends.includes(event.side))
      found.add(
        [...path, 'side'],
        `"${event.side}" is not at either end of channel "${id}" (${ends.join(' and ')}), so cannot ${action} there`,
      );
    if (channel.kind !== 'liaison-office' || event.count === undefined || !COUNTED_EVENTS.includes(action))
      continue;
    const whose = event.side === 'both' ? ends : ends.filter((party) => party === event.side);
    for (const party of whose) {
      const full = channel.staff[party];
      if (full === undefined) continue;
      if (event.count > full)
        found.add(
          [...path, 'count'],
          `count ${event.count} is more than the ${full} staff "${party}" has at channel "${id}" (its full complement)`,
        );
      else if (action === 'reduce-staff' && event.count === full)
        found.add(
          [...path, 'count'],
          `reduce-staff to ${event.count} is no reduction: the full complement of "${party}" at channel "${id}" is ${full}`,
          'use a count below the full complement, or withdraw-staff to leave entirely',
        );
    }
  }
}
