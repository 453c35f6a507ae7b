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
import { localTime } from '../time/clock.js';
import type { Zone } from '../time/zone.js';
import { scenarioEnd } from './convert.js';
import { FileClock, timeProblems } from './times.js';
import type { PathProblem } from './issues.js';
import type { Path } from './locate.js';
import type { ChannelEntry, EventEntry, ScenarioFile } from './schema.js';
import { didYouMean } from './suggest.js';
import { quote } from '../text/sanitize.js';
import { own } from '../model/own.js';
import type { ProblemWords } from '../words/problems-en.js';
import type { Words } from '../words/index.js';

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

/** Where in an event a problem is; built only for a problem, as most events have none. */
const eventPath = (index: number, ...rest: PropertyKey[]): Path => ['events', index, ...rest];

const channelsOf = (event: EventEntry): string[] =>
  event.channel === undefined ? [] : typeof event.channel === 'string' ? [event.channel] : event.channel;

/** `clock`: the file's times, when the caller has read them already. */
export function problemsBeyondShape(
  file: ScenarioFile,
  words: Words,
  order?: KeyOrder,
  clock = new FileClock(file),
): PathProblem[] {
  return [
    ...timeProblems(file, words.problems, clock),
    ...new ScenarioChecker(file, words, clock, order).run(),
  ];
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
  private readonly w: ProblemWords;
  /** Each channel's ends, and whether they are declared parties, worked out once per channel. */
  private readonly channelEnds = new Map<string, { ends: string[]; known: boolean }>();

  constructor(
    private readonly file: ScenarioFile,
    private readonly words: Words,
    private readonly clock: FileClock,
    private readonly order?: KeyOrder,
  ) {
    this.w = words.problems;
    this.partyIds = entriesInOrder(file.parties, order?.parties).map(([id]) => id);
    this.channelIds = entriesInOrder(file.channels, order?.channels).map(([id]) => id);
    this.actors = [...this.partyIds, ...RESERVED_ACTORS];
    this.sides = file.sides ?? this.partyIds.slice(0, 2);
    this.zone = clock.zone;
    this.start = clock.start;
    this.end = scenarioEnd(file, clock);
  }

  run(): PathProblem[] {
    const { w } = this;
    this.checkParties();
    for (const [id, channel] of entriesInOrder(this.file.channels, this.order?.channels))
      this.checkChannel(id, channel);
    this.checkPeriod();
    let previous: number | null = null;
    this.file.events.forEach((event, index) => {
      const at = this.clock.eventAt(index);
      this.checkEventTime(index, at, previous);
      this.checkEvent(index, event);
      previous = at;
    });
    (this.file.checkpoints ?? []).forEach((checkpoint, index) => {
      const path: Path = ['checkpoints', index];
      const at = this.clock.checkpointAt(index);
      if (at < this.start || at > this.end)
        this.add(
          [...path, 'at'],
          w.outsideCheckpoint(index + 1, this.show(at), this.show(this.start), this.show(this.end)),
        );
      this.checkExpectations(path, checkpoint);
    });
    (this.file.questions ?? []).forEach((question, index) => {
      const at = this.clock.questionAt(index);
      if (at < this.start || at > this.end)
        this.add(
          ['questions', index, 'at'],
          w.outsideQuestion(index + 1, this.show(at), this.show(this.start), this.show(this.end)),
        );
    });
    return this.problems;
  }

  /** What an event or checkpoint expects must be of declared channels. */
  private checkExpectations(path: Path, { expect, reach }: Pick<EventEntry, 'expect' | 'reach'>): void {
    for (const channel of Object.keys(expect ?? {}))
      if (!this.channelIds.includes(channel))
        this.add(
          [...path, 'expect', channel],
          this.w.undeclaredChannel('"expect"', quote(channel)),
          this.suggest(channel, this.channelIds, this.w.candidates.declaredChannels),
          true,
        );
    this.checkReach(path, reach);
  }

  /** A reachability expectation's last links must be declared channels. */
  private checkReach(path: Path, reach: EventEntry['reach']): void {
    const links = reach?.['last-link'];
    if (links === undefined || links === null) return;
    (typeof links === 'string' ? [links] : links).forEach((id, i) => {
      if (!this.channelIds.includes(id))
        this.add(
          typeof links === 'string' ? [...path, 'reach', 'last-link'] : [...path, 'reach', 'last-link', i],
          this.w.undeclaredChannel('"last-link"', quote(id)),
          this.suggest(id, this.channelIds, this.w.candidates.declaredChannels),
        );
    });
  }

  private add(path: Path, message: string, hint?: string, atKey = false): void {
    this.problems.push({ path, message, ...(hint ? { hint } : {}), ...(atKey ? { atKey } : {}) });
  }

  /** A did-you-mean, or the candidates, in the problem words. */
  private suggest(word: string, candidates: readonly string[], what: string): string | undefined {
    return didYouMean(word, candidates, this.w, what);
  }

  private show(at: number): string {
    return this.words.time.dateTime(localTime(at, this.zone));
  }

  /** The parties a channel connects: `between`, else the sides. */
  private endsOf(channel: ChannelEntry): string[] {
    return channel.between ?? [...this.sides];
  }

  private knownParties(ids: readonly string[]): boolean {
    return ids.every((id) => this.partyIds.includes(id));
  }

  private endsOfChannel(id: string, channel: ChannelEntry): { ends: string[]; known: boolean } {
    let found = this.channelEnds.get(id);
    if (!found) {
      const ends = this.endsOf(channel);
      found = { ends, known: this.knownParties(ends) };
      this.channelEnds.set(id, found);
    }
    return found;
  }

  private checkParties(): void {
    const { partyIds, channelIds, w } = this;
    for (const id of partyIds)
      if (RESERVED_ACTORS.includes(id))
        this.add(['parties', id], w.reservedParty(quote(id), id), undefined, true);
    if (partyIds.length < 2) this.add(['parties'], w.tooFewParties(partyIds.length));
    if (partyIds.length > MAX_PARTIES)
      this.add(['parties'], w.tooManyParties(MAX_PARTIES, partyIds.length), w.fewParties);
    if (channelIds.length > MAX_CHANNELS)
      this.add(['channels'], w.tooManyChannels(MAX_CHANNELS, channelIds.length));
    if (this.file.sides) this.checkPair(['sides'], this.file.sides, '"sides"');
  }

  /** `sides` or `between`: two different declared parties. */
  private checkPair(path: Path, pair: readonly string[], what: string): void {
    pair.forEach((id, i) => {
      if (!this.partyIds.includes(id))
        this.add(
          [...path, i],
          this.w.undeclaredParty(what, quote(id)),
          this.suggest(id, this.partyIds, this.w.candidates.declaredParties),
        );
    });
    if (pair[0] === pair[1]) this.add(path, this.w.sameTwice(what, quote(pair[0])));
  }

  private checkPeriod(): void {
    const { start, end, file, w } = this;
    if (end < start) this.add(['end'], w.endsBeforeStart(this.show(end), this.show(start)));
    const days = Math.max(0, Math.ceil((end - start) / DAY_MS) + 1);
    const perDay = Object.values(file.channels).reduce((sum, c) => sum + (c.checks?.at.length ?? 0), 0);
    if (days * perDay > MAX_ROUTINE_CALLS)
      this.add(
        [file.end === undefined ? 'start' : 'end'],
        w.tooManyCalls(this.show(start), this.show(end), days * perDay, MAX_ROUTINE_CALLS),
        w.fewerCalls,
      );
  }

  private checkChannel(id: string, channel: ChannelEntry): void {
    const path: Path = ['channels', id];
    const { w } = this;
    const name = quote(id);
    if (channel.between) this.checkPair([...path, 'between'], channel.between, '"between"');
    const times = channel.checks?.at ?? [];
    times.forEach((time, i) => {
      if (times.indexOf(time) !== i) this.add([...path, 'checks', 'at', i], w.checkTimeTwice(time));
    });
    const since = this.clock.sinceOf(id);
    if (since !== undefined && since > this.start)
      this.add(
        [...path, 'initial', 'since'],
        w.sinceAfterStart(name, this.show(since), this.show(this.start)),
        w.sinceHint,
      );
    const ends = this.endsOf(channel);
    // Unknown ends are reported where they are named; checking against them only adds noise.
    if (!this.knownParties(ends)) return;
    const suggestEnd = (party: string) => this.suggest(party, ends, w.candidates.channelEnds);

    // What a channel's parts must name, whatever its kind: silent sides and staff are ends.
    const start = channel.initial as
      Partial<Record<'silent' | 'boycotting' | 'unused', string[]>> | undefined;
    for (const field of ['silent', 'boycotting', 'unused'] as const)
      (start?.[field] ?? []).forEach((party, i) => {
        if (!ends.includes(party))
          this.add(
            [...path, 'initial', field, i],
            w.notAtEndCannot(quote(party), name, ends, w.cannotStart[field]),
            suggestEnd(party),
          );
      });
    // A relaying party is a third party: declared, and at neither end.
    if ('via' in channel) {
      if (!this.partyIds.includes(channel.via))
        this.add(
          [...path, 'via'],
          w.undeclaredParty('"via"', quote(channel.via)),
          this.suggest(channel.via, this.partyIds, w.candidates.declaredParties),
        );
      else if (ends.includes(channel.via)) this.add([...path, 'via'], w.viaIsAnEnd(quote(channel.via), name));
    }
    if (!('staff' in channel)) return;

    const checkKeys = (where: Path, record: Record<string, number>, what: typeof w.staffNotAtEnd) => {
      for (const party of Object.keys(record))
        if (!ends.includes(party))
          this.add([...where, party], what(quote(party), name, ends), suggestEnd(party), true);
    };
    checkKeys([...path, 'staff'], channel.staff, w.staffNotAtEnd);
    for (const party of ends) {
      if (!Object.hasOwn(channel.staff, party))
        this.add([...path, 'staff'], w.noStaffNumber(name, quote(party)), w.addStaff(party));
      else if (own(channel.staff, party) === 0)
        this.add([...path, 'staff', party], w.noStaff(quote(party), name));
    }
    const initial = channel.initial?.staff;
    if (!initial) return;
    checkKeys([...path, 'initial', 'staff'], initial, w.headCountNotAtEnd);
    for (const [party, count] of Object.entries(initial)) {
      const full = own(channel.staff, party);
      if (full !== undefined && count > full)
        this.add([...path, 'initial', 'staff', party], w.overStaffed(quote(party), count, full));
    }
  }

  private checkEventTime(index: number, at: number, previous: number | null): void {
    // Most events are in order and in the period: only a problem is worth phrasing.
    if ((previous === null || at >= previous) && at >= this.start && at <= this.end) return;
    const path: Path = ['events', index, 'at'];
    const { w } = this;
    const what = w.eventWhen(index + 1, this.show(at));
    if (previous !== null && at < previous) this.add(path, w.outOfOrder(what, this.show(previous)));
    if (at < this.start) this.add(path, w.beforeStart(what, this.show(this.start)));
    if (at > this.end) this.add(path, w.afterEnd(what, this.show(this.end)));
  }

  // A large file has many events and few problems: nothing here is built for an event that has none.
  private checkEvent(index: number, event: EventEntry): void {
    const { actors, channelIds, w } = this;
    if (event.side !== undefined && !actors.includes(event.side))
      this.add(
        eventPath(index, 'side'),
        w.sideNotDeclared(quote(event.side), actors),
        this.suggest(event.side, actors, w.candidates.possibleSides),
      );

    const listed = channelsOf(event);
    for (let i = 0; i < listed.length; i++) {
      const id = listed[i]!;
      const declared = channelIds.includes(id);
      if (declared && listed.indexOf(id) === i) continue;
      const at =
        typeof event.channel === 'string' ? eventPath(index, 'channel') : eventPath(index, 'channel', i);
      if (!declared)
        this.add(at, w.noSuchChannel(quote(id)), this.suggest(id, channelIds, w.candidates.declaredChannels));
      else this.add(at, w.channelTwice(quote(id)));
    }

    if (event.expect !== undefined || event.reach !== undefined)
      this.checkExpectations(eventPath(index), event);
    const action = event.do as ChannelEventName | undefined;
    if (action === undefined) {
      if (listed.length > 0) this.add(eventPath(index, 'channel'), w.nothingToDo(index + 1));
      if (event.count !== undefined) this.add(eventPath(index, 'count'), w.countOnly);
      return;
    }
    this.checkAction(index, event, action, listed);
    // Each channel once, in the order first listed.
    for (let i = 0; i < listed.length; i++) {
      const id = listed[i]!;
      if (listed.indexOf(id) !== i) continue;
      const channel = own(this.file.channels, id);
      if (channel) this.checkActionOnChannel(index, event, action, id, channel);
    }
  }

  /** What an event with `do:` needs whatever its channel: a channel, a side, a count when counted. */
  private checkAction(index: number, event: EventEntry, action: ChannelEventName, listed: string[]): void {
    const { w } = this;
    if (listed.length === 0)
      this.add(
        eventPath(index, 'do'),
        w.needsChannel(quote(action)),
        w.addChannel(this.channelIds[0] ?? 'office'),
      );
    if (event.side === undefined)
      this.add(eventPath(index), w.missingSide(index + 1, quote(action)), w.addSide(this.actors));
    if (event.side === 'nature' && byOneSide(action))
      this.add(eventPath(index, 'side'), w.notNature(quote(action)), w.nameTheParty);
    if (event.count !== undefined && !COUNTED_EVENTS.includes(action))
      this.add(eventPath(index, 'count'), w.countNotFor(quote(action)));
    if (action === 'reduce-staff' && event.count === undefined)
      this.add(eventPath(index, 'do'), w.reduceNeedsCount);
  }

  /** The event against one channel: its kind has this event, the side is at one end, the count fits. */
  private checkActionOnChannel(
    index: number,
    event: EventEntry,
    action: ChannelEventName,
    id: string,
    channel: ChannelEntry,
  ): void {
    const { w } = this;
    // Phrased only for a problem: quoting measures text, which adds up over many events.
    const events = kindOf(channel.kind).events;
    if (!Object.hasOwn(events, action)) {
      this.add(
        eventPath(index, 'do'),
        w.kindHasNoEvent(quote(id), channel.kind, quote(action)),
        w.kindCan(channel.kind, Object.keys(events)),
      );
      return;
    }
    const { ends, known } = this.endsOfChannel(id, channel);
    if (!known) return;
    const side = event.side;
    if (
      events[action]?.by === 'end' &&
      side !== undefined &&
      this.partyIds.includes(side) &&
      !ends.includes(side)
    )
      this.add(eventPath(index, 'side'), w.sideNotAtEnd(quote(side), quote(id), ends, action));
    if (!('staff' in channel) || event.count === undefined || !COUNTED_EVENTS.includes(action)) return;
    const count = event.count;
    for (const party of side === 'both' ? ends : ends.filter((p) => p === side)) {
      const full = own(channel.staff, party);
      if (full === undefined) continue;
      if (!countFits(count, full))
        this.add(eventPath(index, 'count'), w.countOverFull(count, full, quote(party), quote(id)));
      else if (action === 'reduce-staff' && !countFits(count, full, true))
        this.add(
          eventPath(index, 'count'),
          w.noReduction(count, quote(party), quote(id), full),
          w.reduceHint,
        );
    }
  }
}
