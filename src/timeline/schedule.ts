import type { ChannelId, Scenario, ScenarioEvent } from '../model/scenario.js';
import { addLocalDays, localMidnight, localTime } from '../time/clock.js';
import { indexAtOrAfter } from './frameAt.js';

/** One thing that happens at one instant: a scripted event, or routine check calls. */
export type Step =
  | { kind: 'event'; at: number; eventIndex: number; event: ScenarioEvent }
  | { kind: 'checks'; at: number; channels: ChannelId[] };

type CheckStep = Extract<Step, { kind: 'checks' }>;

const HOUR = 60 * 60_000;
/**
 * How far before a local day's wall-clock midnight (read as UTC) its checks can fall: more
 * than any offset east of UTC the tz database has ever had, so a day read later never
 * brings an instant earlier than one already given out.
 */
const EARLIEST_BEFORE_WALL = 26 * HOUR;

/**
 * Every routine check instant of every channel between start and end, in time order, read
 * a local day at a time as they are asked for: a long scenario costs nothing up front.
 * Each instant lists its channels in the scenario's order, once per check that falls on it.
 */
class CheckCalendar {
  private readonly scenario: Scenario;
  /** The channels that have a calendar, with their place in the scenario's order. */
  private readonly calling: { index: number; id: ChannelId; times: number[]; weekdays: boolean }[];
  /** Local midnight of the next day to read; NaN once past the end. */
  private day: number;
  /** Instants read but not yet given out: the positions of their channels, in reading order. */
  private readonly pending = new Map<number, number[]>();
  private ready: CheckStep[] = [];
  private next = 0;

  constructor(scenario: Scenario) {
    this.scenario = scenario;
    this.calling = scenario.channels.flatMap((channel, index) =>
      channel.checks
        ? [
            {
              index,
              id: channel.id,
              times: channel.checks.times,
              weekdays: channel.checks.days === 'weekdays',
            },
          ]
        : [],
    );
    this.day = this.calling.length === 0 ? Number.NaN : localMidnight(scenario.start, scenario.zone);
    if (this.day > scenario.end) this.day = Number.NaN;
  }

  /** The next check instant, or undefined after the last. */
  shift(): CheckStep | undefined {
    while (this.next >= this.ready.length && (!Number.isNaN(this.day) || this.pending.size > 0))
      this.readDay();
    return this.ready[this.next++];
  }

  /** Reads one local day's checks and gives out those no later day can come before. */
  private readDay(): void {
    const { zone, start, end } = this.scenario;
    if (Number.isNaN(this.day)) return this.release(Number.POSITIVE_INFINITY);
    const t = localTime(this.day, zone);
    const weekend = t.weekday === 0 || t.weekday === 6;
    for (const channel of this.calling) {
      if (channel.weekdays && weekend) continue;
      for (const minutes of channel.times) {
        // Local wall-clock time: a 09:00 check stays at 09:00 across daylight saving.
        const at = zone.instant(t.year, t.month, t.day, minutes);
        if (at < start || at > end) continue;
        const list = this.pending.get(at);
        if (list) list.push(channel.index);
        else this.pending.set(at, [channel.index]);
      }
    }
    const following = addLocalDays(this.day, 1, zone);
    this.day = following <= end ? following : Number.NaN;
    if (Number.isNaN(this.day)) return this.release(Number.POSITIVE_INFINITY);
    const n = localTime(this.day, zone);
    this.release(Date.UTC(n.year, n.month - 1, n.day) - EARLIEST_BEFORE_WALL);
  }

  /** Gives out, in time order, the pending instants before `before`. */
  private release(before: number): void {
    const times: number[] = [];
    for (const at of this.pending.keys()) if (at < before) times.push(at);
    if (this.next >= this.ready.length) {
      this.ready = [];
      this.next = 0;
    }
    // Times sort as numbers; within an instant channels keep the scenario's order.
    for (const at of Float64Array.from(times).sort()) {
      const indices = this.pending.get(at)!;
      this.pending.delete(at);
      if (!ascending(indices)) indices.sort((x, y) => x - y);
      this.ready.push({ kind: 'checks', at, channels: indices.map((i) => this.scenario.channels[i]!.id) });
    }
  }
}

const ascending = (list: readonly number[]) => list.every((x, i) => i === 0 || list[i - 1]! <= x);

/**
 * The whole schedule in time order, made as far as it is asked for. At the same instant
 * scripted events come first, in file order, so a line cut at 09:00 already misses the
 * 09:00 call. Steps once made are kept, so a step index names the same step for every
 * run over the schedule (history and its what-if branches).
 */
export class Schedule {
  private readonly events: Extract<Step, { kind: 'event' }>[];
  private nextEvent = 0;
  private readonly checks: CheckCalendar;
  private nextCheck: CheckStep | undefined;
  private readonly steps: Step[] = [];
  private exhausted = false;

  constructor(scenario: Scenario) {
    this.events = scenario.events.map((event, eventIndex) => ({
      kind: 'event',
      at: event.at,
      eventIndex,
      event,
    }));
    // A stable sort keeps file order within an instant; a file in time order is not sorted again.
    if (!inTimeOrder(this.events)) this.events.sort((x, y) => x.at - y.at);
    this.checks = new CheckCalendar(scenario);
    this.nextCheck = this.checks.shift();
  }

  /** Step `index`, or undefined past the last. */
  at(index: number): Step | undefined {
    while (this.steps.length <= index && !this.exhausted) this.make();
    return this.steps[index];
  }

  /** The channels whose routine contact is due at `at` (an empty list when none is). */
  checksAt(at: number): readonly ChannelId[] {
    const { steps } = this;
    // Made up to the first step after `at`, so the instant's check step is known if it exists.
    while (!this.exhausted && (steps.length === 0 || steps.at(-1)!.at <= at)) this.make();
    for (let i = indexAtOrAfter(steps, at); i < steps.length && steps[i]!.at === at; i++) {
      const step = steps[i]!;
      if (step.kind === 'checks') return step.channels;
    }
    return [];
  }

  private make(): void {
    const event = this.events[this.nextEvent];
    const check = this.nextCheck;
    if (event && (!check || event.at <= check.at)) {
      this.steps.push(event);
      this.nextEvent++;
    } else if (check) {
      this.steps.push(check);
      this.nextCheck = this.checks.shift();
    } else this.exhausted = true;
  }
}

const inTimeOrder = (steps: readonly Step[]) =>
  steps.every((step, i) => i === 0 || steps[i - 1]!.at <= step.at);
