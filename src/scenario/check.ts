/**
 * Checks that need more than the shape of the file: names that must refer to declared
 * parties and channels, events the channel kind does not have, head counts, time order,
 * and limits that keep a stranger's file from exhausting the machine. Runs on data that
 * already passed the schema. Every problem carries the path of the offending key so it
 * can be shown at its line.
 */
import { entriesInOrder, type KeyOrder } from './keyOrder.js';
import { countFits } from '../channels/liaison-office/headCount.js';
import { allKinds, kindOf } from '../channels/registry.js';
import type { ChannelEventName } from '../model/scenario.js';
import { formatDateTime } from '../time/clock.js';
import type { Zone } from '../time/zone.js';
import { scenarioEnd } from './convert.js';
import { scenarioZone, timeIn, timeProblems } from './times.js';
import type { PathProblem } from './issues.js';
import type { Path } from './locate.js';
import type { ChannelEntry, EventEntry, ScenarioFile } from './schema.js';
import { didYouMean } from './suggest.js';
import { quote } from '../text/sanitize.js';
import { own } from '../model/own.js';

/** Each routine check is a frame: a file spanning centuries must not eat the machine. */
export const MAX_ROUTINE_CALLS = 50_000;
/** Routes between the sides are enumerated: keep the graph small enough for that. */
export const MAX_PARTIES = 16;
export const MAX_CHANNELS = 100;

const RESERVED_ACTORS = ['both', 'nature'];
/** Done by one side's own staff or phone, in whichever kind has it. */
const byOneSide = (action: string) =>
  allKinds().some((k) => k.events[action as ChannelEventName]?.by === 'end');
const COUNTED_EVENTS = ['send-staff', 'reduce-staff'];
const DAY_MS = 24 * 60 * 60_000;

const channelsOf = (event: EventEntry): string[] =>
  event.channel === undefined ? [] : typeof event.channel === 'string' ? [event.channel] : event.channel;

export function checkScenario(file: ScenarioFile, order?: KeyOrder): PathProblem[] {
  return [...timeProblems(file), ...new ScenarioChecker(file, order).run()];
}

class ScenarioChecker {
  private readonly problems: PathProblem[] = [];
  private readonly partyIds: string[];
  private readonly channelIds: string[];
  private readonly actors: string[];
  /** The two adversaries: `sides`, else the first two parties. */
  private readonly sides: readonly string[];
  private readonly start: number;
  private readonly end: number;
  private readonly zone: Zone;

  constructor(
    private readonly file: ScenarioFile,
    private readonly order?: KeyOrder,
  ) {
    this.partyIds = entriesInOrder(file.parties, order?.parties).map(([id]) => id);
    this.channelIds = entriesInOrder(file.channels, order?.channels).map(([id]) => id);
    this.actors = [...this.partyIds, ...RESERVED_ACTORS];
    this.sides = file.sides ?? this.partyIds.slice(0, 2);
    this.zone = scenarioZone(file);
    this.start = this.timeOf(file.start);
    this.end = scenarioEnd(file);
  }

  run(): PathProblem[] {
    this.checkParties();
    for (const [id, channel] of entriesInOrder(this.file.channels, this.order?.channels))
      this.checkChannel(id, channel);
    this.checkPeriod();
    let previous: number | null = null;
    this.file.events.forEach((event, index) => {
      this.checkEventTime(index, event, previous);
      this.checkEvent(index, event);
      previous = this.timeOf(event.at);
    });
    (this.file.checkpoints ?? []).forEach((checkpoint, index) => {
      const path: Path = ['checkpoints', index];
      const at = this.timeOf(checkpoint.at);
      if (at < this.start || at > this.end)
        this.add(
          [...path, 'at'],
          `checkpoint ${index + 1} (${this.show(at)}) is outside the scenario (${this.show(this.start)} to ${this.show(this.end)})`,
        );
      for (const channel of Object.keys(checkpoint.expect ?? {}))
        if (!this.channelIds.includes(channel))
          this.add(
            [...path, 'expect', channel],
            `"expect" names channel ${quote(channel)}, which is not declared`,
            didYouMean(channel, this.channelIds, 'declared channels'),
            true,
          );
      this.checkReach(path, checkpoint.reach);
    });
    (this.file.questions ?? []).forEach((question, index) => {
      const at = this.timeOf(question.at);
      if (at < this.start || at > this.end)
        this.add(
          ['questions', index, 'at'],
          `question ${index + 1} (${this.show(at)}) is outside the scenario (${this.show(this.start)} to ${this.show(this.end)})`,
        );
    });
    return this.problems;
  }

  /** A reachability expectation's last links must be declared channels. */
  private checkReach(path: Path, reach: EventEntry['reach']): void {
    const links = reach?.['last-link'];
    if (links === undefined || links === null) return;
    (typeof links === 'string' ? [links] : links).forEach((id, i) => {
      if (!this.channelIds.includes(id))
        this.add(
          typeof links === 'string' ? [...path, 'reach', 'last-link'] : [...path, 'reach', 'last-link', i],
          `"last-link" names channel ${quote(id)}, which is not declared`,
          didYouMean(id, this.channelIds, 'declared channels'),
        );
    });
  }

  private add(path: Path, message: string, hint?: string, atKey = false): void {
    this.problems.push({ path, message, ...(hint ? { hint } : {}), ...(atKey ? { atKey } : {}) });
  }

  private timeOf(text: string): number {
    return timeIn(text, this.zone);
  }

  private show(at: number): string {
    return formatDateTime(at, this.zone);
  }

  /** The parties a channel connects: `between`, else the sides. */
  private endsOf(channel: ChannelEntry): string[] {
    return channel.between ?? [...this.sides];
  }

  private knownParties(ids: readonly string[]): boolean {
    return ids.every((id) => this.partyIds.includes(id));
  }

  private checkParties(): void {
    const { partyIds, channelIds } = this;
    for (const id of partyIds)
      if (RESERVED_ACTORS.includes(id))
        this.add(
          ['parties', id],
          `${quote(id)} cannot be a party id: it is reserved for events (side: ${id})`,
          undefined,
          true,
        );
    if (partyIds.length < 2)
      this.add(['parties'], `a scenario needs at least two parties; this one declares ${partyIds.length}`);
    if (partyIds.length > MAX_PARTIES)
      this.add(
        ['parties'],
        `a scenario may declare at most ${MAX_PARTIES} parties; this one declares ${partyIds.length}`,
        'the board and the analysis are made for a few parties: the two sides and some intermediaries',
      );
    if (channelIds.length > MAX_CHANNELS)
      this.add(
        ['channels'],
        `a scenario may declare at most ${MAX_CHANNELS} channels; this one declares ${channelIds.length}`,
      );
    if (this.file.sides) this.checkPair(['sides'], this.file.sides, '"sides"');
  }

  /** `sides` or `between`: two different declared parties. */
  private checkPair(path: Path, pair: readonly string[], what: string): void {
    pair.forEach((id, i) => {
      if (!this.partyIds.includes(id))
        this.add(
          [...path, i],
          `${what} names ${quote(id)}, which is not a declared party`,
          didYouMean(id, this.partyIds, 'declared parties'),
        );
    });
    if (pair[0] === pair[1])
      this.add(path, `${what} names ${quote(pair[0])} twice: it needs two different parties`);
  }

  private checkPeriod(): void {
    const { start, end, file } = this;
    if (end < start)
      this.add(['end'], `the scenario ends (${this.show(end)}) before it starts (${this.show(start)})`);
    const days = Math.max(0, Math.ceil((end - start) / DAY_MS) + 1);
    const perDay = Object.values(file.channels).reduce((sum, c) => sum + (c.checks?.at.length ?? 0), 0);
    if (days * perDay > MAX_ROUTINE_CALLS)
      this.add(
        [file.end === undefined ? 'start' : 'end'],
        `from ${this.show(start)} to ${this.show(end)} the channels would make up to ${days * perDay} routine check calls; liaison-sim simulates at most ${MAX_ROUTINE_CALLS}`,
        'shorten the period, or give fewer channels a checks: calendar',
      );
  }

  private checkChannel(id: string, channel: ChannelEntry): void {
    const path: Path = ['channels', id];
    if (channel.between) this.checkPair([...path, 'between'], channel.between, '"between"');
    const times = channel.checks?.at ?? [];
    times.forEach((time, i) => {
      if (times.indexOf(time) !== i)
        this.add([...path, 'checks', 'at', i], `the check time ${time} is listed twice`);
    });
    const since = channel.initial?.since;
    if (since !== undefined && this.timeOf(since) > this.start)
      this.add(
        [...path, 'initial', 'since'],
        `initial.since of channel ${quote(id)} (${this.show(this.timeOf(since))}) is after the scenario starts (${this.show(this.start)})`,
        'since says when the starting state began, so it comes at or before start; leave it out to date the state from start',
      );
    const ends = this.endsOf(channel);
    // Unknown ends are reported where they are named; checking against them only adds noise.
    if (!this.knownParties(ends)) return;
    const notAnEnd = (party: string) =>
      `${quote(party)}, who is not at either end of channel ${quote(id)} (${ends.join(' and ')})`;

    // What a channel's parts must name, whatever its kind: silent sides and staff are ends.
    const start = channel.initial as
      Partial<Record<'silent' | 'boycotting' | 'unused', string[]>> | undefined;
    for (const [field, what] of [
      ['silent', 'be silent on it'],
      ['boycotting', 'boycott it'],
      ['unused', 'leave it unused'],
    ] as const)
      (start?.[field] ?? []).forEach((party, i) => {
        if (!ends.includes(party))
          this.add(
            [...path, 'initial', field, i],
            `${quote(party)} is not at either end of channel ${quote(id)} (${ends.join(' and ')}), so cannot ${what}`,
            didYouMean(party, ends, 'ends of this channel'),
          );
      });
    // A relaying party is a third party: declared, and at neither end.
    if ('via' in channel) {
      if (!this.partyIds.includes(channel.via))
        this.add(
          [...path, 'via'],
          `"via" names ${quote(channel.via)}, which is not a declared party`,
          didYouMean(channel.via, this.partyIds, 'declared parties'),
        );
      else if (ends.includes(channel.via))
        this.add(
          [...path, 'via'],
          `${quote(channel.via)} is an end of channel ${quote(id)}: the relaying party must be a third party`,
        );
    }
    if (!('staff' in channel)) return;

    const checkKeys = (where: Path, record: Record<string, number>, what: string) => {
      for (const party of Object.keys(record))
        if (!ends.includes(party))
          this.add(
            [...where, party],
            `${what} for ${notAnEnd(party)}`,
            didYouMean(party, ends, 'ends of this channel'),
            true,
          );
    };
    checkKeys([...path, 'staff'], channel.staff, 'a staff number is given');
    for (const party of ends) {
      if (!Object.hasOwn(channel.staff, party))
        this.add(
          [...path, 'staff'],
          `"staff" of channel ${quote(id)} gives no number for ${quote(party)} (its full complement)`,
          `add ${party}: 20 (or the real number) under staff`,
        );
      else if (own(channel.staff, party) === 0)
        this.add(
          [...path, 'staff', party],
          `the full complement of ${quote(party)} at channel ${quote(id)} must be at least 1`,
        );
    }
    const initial = channel.initial?.staff;
    if (!initial) return;
    checkKeys([...path, 'initial', 'staff'], initial, 'a starting head count is given');
    for (const [party, count] of Object.entries(initial)) {
      const full = own(channel.staff, party);
      if (full !== undefined && count > full)
        this.add(
          [...path, 'initial', 'staff', party],
          `${quote(party)} starts with ${count} staff, more than its full complement of ${full}`,
        );
    }
  }

  private checkEventTime(index: number, event: EventEntry, previous: number | null): void {
    const at = this.timeOf(event.at);
    const path: Path = ['events', index, 'at'];
    const what = `event ${index + 1} (${this.show(at)})`;
    if (previous !== null && at < previous)
      this.add(
        path,
        `${what} is earlier than the event before it (${this.show(previous)}): events must be in time order`,
      );
    if (at < this.start) this.add(path, `${what} is before the scenario starts (${this.show(this.start)})`);
    if (at > this.end) this.add(path, `${what} is after the scenario ends (${this.show(this.end)})`);
  }

  private checkEvent(index: number, event: EventEntry): void {
    const path: Path = ['events', index];
    const { actors, channelIds } = this;
    if (event.side !== undefined && !actors.includes(event.side))
      this.add(
        [...path, 'side'],
        `${quote(event.side)} is not a declared party: "side" must be one of ${actors.join(', ')}`,
        didYouMean(event.side, actors, 'possible sides'),
      );

    const listed = channelsOf(event);
    listed.forEach((id, i) => {
      const at: Path = typeof event.channel === 'string' ? [...path, 'channel'] : [...path, 'channel', i];
      if (!channelIds.includes(id))
        this.add(at, `there is no channel ${quote(id)}`, didYouMean(id, channelIds, 'declared channels'));
      else if (listed.indexOf(id) !== i) this.add(at, `channel ${quote(id)} is listed twice`);
    });

    for (const channel of Object.keys(event.expect ?? {}))
      if (!channelIds.includes(channel))
        this.add(
          [...path, 'expect', channel],
          `"expect" names channel ${quote(channel)}, which is not declared`,
          didYouMean(channel, channelIds, 'declared channels'),
          true,
        );

    this.checkReach(path, event.reach);
    const action = event.do as ChannelEventName | undefined;
    if (action === undefined) {
      if (listed.length > 0)
        this.add([...path, 'channel'], `event ${index + 1} names a channel but says nothing to "do" there`);
      if (event.count !== undefined)
        this.add([...path, 'count'], `"count" is only for send-staff and reduce-staff`);
      return;
    }
    this.checkAction(index, event, action);
    for (const id of new Set(listed)) {
      const channel = own(this.file.channels, id);
      if (channel) this.checkActionOnChannel(index, event, action, id, channel);
    }
  }

  /** What an event with `do:` needs whatever its channel: a channel, a side, a count when counted. */
  private checkAction(index: number, event: EventEntry, action: ChannelEventName): void {
    const path: Path = ['events', index];
    if (channelsOf(event).length === 0)
      this.add(
        [...path, 'do'],
        `${quote(action)} needs a "channel" to act on`,
        `add: channel: ${this.channelIds[0] ?? 'office'}`,
      );
    if (event.side === undefined)
      this.add(
        path,
        `event ${index + 1} is missing "side": who does ${quote(action)}?`,
        `add side: with one of ${this.actors.join(', ')}`,
      );
    if (byOneSide(action) && event.side === 'nature')
      this.add(
        [...path, 'side'],
        `${quote(action)} is done by one side's own staff or phone, so "side" cannot be nature`,
        'name the party (or both)',
      );
    if (event.count !== undefined && !COUNTED_EVENTS.includes(action))
      this.add([...path, 'count'], `"count" is only for send-staff and reduce-staff, not ${quote(action)}`);
    if (action === 'reduce-staff' && event.count === undefined)
      this.add([...path, 'do'], `"reduce-staff" needs a "count": how many staff remain`);
  }

  /** The event against one channel: its kind has this event, the side is at one end, the count fits. */
  private checkActionOnChannel(
    index: number,
    event: EventEntry,
    action: ChannelEventName,
    id: string,
    channel: ChannelEntry,
  ): void {
    const path: Path = ['events', index];
    const names = Object.keys(kindOf(channel.kind).events);
    if (!names.includes(action)) {
      this.add(
        [...path, 'do'],
        `channel ${quote(id)} is a ${channel.kind}, which has no event ${quote(action)}`,
        `a ${channel.kind} can: ${names.join(', ')}`,
      );
      return;
    }
    const ends = this.endsOf(channel);
    if (!this.knownParties(ends)) return;
    const side = event.side;
    if (
      kindOf(channel.kind).events[action]?.by === 'end' &&
      side !== undefined &&
      this.partyIds.includes(side) &&
      !ends.includes(side)
    )
      this.add(
        [...path, 'side'],
        `${quote(side)} is not at either end of channel ${quote(id)} (${ends.join(' and ')}), so cannot ${action} there`,
      );
    if (!('staff' in channel) || event.count === undefined || !COUNTED_EVENTS.includes(action)) return;
    const count = event.count;
    for (const party of side === 'both' ? ends : ends.filter((p) => p === side)) {
      const full = own(channel.staff, party);
      if (full === undefined) continue;
      if (!countFits(count, full))
        this.add(
          [...path, 'count'],
          `count ${count} is more than the ${full} staff ${quote(party)} has at channel ${quote(id)} (its full complement)`,
        );
      else if (action === 'reduce-staff' && !countFits(count, full, true))
        this.add(
          [...path, 'count'],
          `reduce-staff to ${count} is no reduction: the full complement of ${quote(party)} at channel ${quote(id)} is ${full}`,
          'use a count below the full complement, or withdraw-staff to leave entirely',
        );
    }
  }
}
