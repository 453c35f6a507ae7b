import type { ChannelId, Scenario, ScenarioEvent } from '../model/scenario.js';
import { DAY, MINUTE } from '../time/clock.js';
import type { Zone } from '../time/zone.js';

/** One thing that happens at one instant: a scripted event, or routine check calls. */
export type Step =
  | { kind: 'event'; at: number; eventIndex: number; event: ScenarioEvent }
  | { kind: 'checks'; at: number; channels: readonly ChannelId[] };

type EventStep = Extract<Step, { kind: 'event' }>;

const HOUR = 60 * MINUTE;
/**
 * How far before a local day's wall-clock midnight (read as UTC) its checks can fall: more
 * than any offset east of UTC the tz database has ever had, so a day read later never
 * brings an instant earlier than one already given out.
 */
const EARLIEST_BEFORE_WALL = 26 * HOUR;

/** The checks of one kind of day (weekday or weekend), by local time: what every such day repeats. */
interface DayEntry {
  minutes: number;
  /** The channels called at that time, as positions in the scenario's order, and their ids. */
  positions: readonly number[];
  ids: readonly ChannelId[];
}

/** Each local time at which some channel is called on such a day, in clock order. */
function dayTemplate(scenario: Scenario, weekend: boolean): DayEntry[] {
  const byMinute = new Map<number, number[]>();
  scenario.channels.forEach((channel, position) => {
    if (!channel.checks || (weekend && channel.checks.days === 'weekdays')) return;
    for (const minutes of channel.checks.times) {
      const list = byMinute.get(minutes);
      if (list) list.push(position);
      else byMinute.set(minutes, [position]);
    }
  });
  return [...byMinute]
    .sort(([x], [y]) => x - y)
    .map(([minutes, positions]) => ({
      minutes,
      positions,
      ids: positions.map((i) => scenario.channels[i]!.id),
    }));
}

/**
 * Every routine check instant of every channel between start and end, in time order, read
 * a local day at a time as they are asked for: a long scenario costs nothing up front.
 * Each instant lists its channels in the scenario's order, once per check that falls on it.
 */
class CheckCalendar {
  private readonly scenario: Scenario;
  private readonly weekday: DayEntry[];
  private readonly weekend: DayEntry[];
  /** The local date to read next, as days since 1 Jan 1970 (a date, not an instant); NaN once past the end. */
  private dayNumber = Number.NaN;
  /**
   * Instants read and not yet given out, ascending, with their channels' positions and ids:
   * a day's entry as it is (shared by every step of that time), or a merged list without ids.
   * From `head` on; those before `released` can be given out, the rest wait for later days.
   */
  private readonly pendingAt: number[] = [];
  private readonly pendingPositions: (readonly number[])[] = [];
  private readonly pendingIds: (readonly ChannelId[] | null)[] = [];
  private head = 0;
  private released = 0;

  constructor(scenario: Scenario) {
    this.scenario = scenario;
    this.weekday = dayTemplate(scenario, false);
    this.weekend = dayTemplate(scenario, true);
    if (this.weekday.length > 0 || this.weekend.length > 0)
      this.moveTo(localDayNumber(scenario.start, scenario.zone));
  }

  /** The next check instant, or undefined after the last. */
  nextAt(): number | undefined {
    while (
      this.head >= this.released &&
      (!Number.isNaN(this.dayNumber) || this.released < this.pendingAt.length)
    )
      this.readDay();
    return this.head < this.released ? this.pendingAt[this.head] : undefined;
  }

  /** The channels of the next check instant, which it gives out (after nextAt has found one). */
  take(): readonly ChannelId[] {
    const i = this.head++;
    const ids = this.pendingIds[i] ?? this.pendingPositions[i]!.map((p) => this.scenario.channels[p]!.id);
    // What is given out is dropped now and then, not at every step.
    if (this.head >= 256 || this.head === this.pendingAt.length) {
      this.pendingAt.splice(0, this.head);
      this.pendingPositions.splice(0, this.head);
      this.pendingIds.splice(0, this.head);
      this.released -= this.head;
      this.head = 0;
    }
    return ids;
  }

  /** Makes `dayNumber` the next date to read, or ends the reading if its midnight is past the end. */
  private moveTo(dayNumber: number): void {
    const { zone, end } = this.scenario;
    const midnight = zone.wallInstant(dayNumber * DAY);
    // A date a zone skipped whole (Apia, 30 Dec 2011) is not read: its midnight falls on the next.
    this.dayNumber = midnight > end ? Number.NaN : Math.max(dayNumber, localDayNumber(midnight, zone));
  }

  /** Reads one local day's checks and gives out those no later day can come before. */
  private readDay(): void {
    const { zone, start, end } = this.scenario;
    const day = this.dayNumber;
    if (Number.isNaN(day)) return this.release(Number.POSITIVE_INFINITY);
    const weekday = (((day + 4) % 7) + 7) % 7; // 1 Jan 1970 was a Thursday.
    for (const entry of weekday === 0 || weekday === 6 ? this.weekend : this.weekday) {
      // Local wall-clock time: a 09:00 check stays at 09:00 across daylight saving.
      const at = zone.wallInstant(day * DAY + entry.minutes * MINUTE);
      if (at >= start && at <= end) this.hold(at, entry);
    }
    this.moveTo(day + 1);
    if (Number.isNaN(this.dayNumber)) return this.release(Number.POSITIVE_INFINITY);
    this.release(this.dayNumber * DAY - EARLIEST_BEFORE_WALL);
  }

  /** Keeps an entry's checks at `at` until they can be given out, in time order. */
  private hold(at: number, entry: DayEntry): void {
    const times = this.pendingAt;
    // A day's times come in clock order, so an instant almost always goes last.
    let i = times.length;
    while (i > 0 && times[i - 1]! > at) i--;
    if (i > 0 && times[i - 1] === at) {
      // Two readings of one instant (a repeated or skipped hour): one step, in scenario order.
      this.pendingPositions[i - 1] = [...this.pendingPositions[i - 1]!, ...entry.positions].sort(
        (x, y) => x - y,
      );
      this.pendingIds[i - 1] = null;
    } else if (i === times.length) {
      times.push(at);
      this.pendingPositions.push(entry.positions);
      this.pendingIds.push(entry.ids);
    } else {
      times.splice(i, 0, at);
      this.pendingPositions.splice(i, 0, entry.positions);
      this.pendingIds.splice(i, 0, entry.ids);
    }
  }

  /** Lets the pending instants before `before` be given out. */
  private release(before: number): void {
    while (this.released < this.pendingAt.length && this.pendingAt[this.released]! < before) this.released++;
  }
}

/** The local date of `at`, as days since 1 Jan 1970. */
const localDayNumber = (at: number, zone: Zone) => Math.floor((at + zone.offsetAt(at) * MINUTE) / DAY);

/**
 * The whole schedule in time order, made as far as it is asked for. At the same instant
 * scripted events come first, in file order, so a line cut at 09:00 already misses the
 * 09:00 call. Steps once made are kept, so a step index names the same step for every
 * run over the schedule (history and its what-if branches).
 */
export class Schedule {
  private readonly events: EventStep[];
  private nextEvent = 0;
  private readonly checks: CheckCalendar;
  /**
   * The steps made so far, kept compactly: each one's instant, and its event step or its
   * check's channel list. Tens of thousands of check steps would otherwise each keep an
   * object and a boxed time; a check step is made again, cheaply, when asked for.
   */
  private readonly times: number[] = [];
  private readonly made: (EventStep | readonly ChannelId[])[] = [];
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
  }

  /** Step `index`, or undefined past the last. */
  at(index: number): Step | undefined {
    while (this.times.length <= index && !this.exhausted) this.make();
    const made = this.made[index];
    if (made === undefined || !Array.isArray(made)) return made as EventStep | undefined;
    return { kind: 'checks', at: this.times[index]!, channels: made };
  }

  /** The channels whose routine contact is due at `at` (an empty list when none is). */
  checksAt(at: number): readonly ChannelId[] {
    const { times } = this;
    // Made up to the first step after `at`, so the instant's check step is known if it exists.
    while (!this.exhausted && (times.length === 0 || times.at(-1)! <= at)) this.make();
    for (let i = firstAtOrAfter(times, at); i < times.length && times[i] === at; i++) {
      const made = this.made[i]!;
      if (Array.isArray(made)) return made;
    }
    return [];
  }

  private make(): void {
    const event = this.events[this.nextEvent];
    const checkAt = this.checks.nextAt();
    if (event && (checkAt === undefined || event.at <= checkAt)) {
      this.times.push(event.at);
      this.made.push(event);
      this.nextEvent++;
    } else if (checkAt !== undefined) {
      this.times.push(checkAt);
      this.made.push(this.checks.take());
    } else this.exhausted = true;
  }
}

/** The first position in ascending `times` at or after `at`; `times.length` when none is. */
function firstAtOrAfter(times: readonly number[], at: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (times[middle]! < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

const inTimeOrder = (steps: readonly Step[]) =>
  steps.every((step, i) => i === 0 || steps[i - 1]!.at <= step.at);
