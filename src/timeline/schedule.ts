import type { ChannelId, Scenario, ScenarioEvent } from '../model/scenario.js';
import { addLocalDays, localMidnight, localTime } from '../time/clock.js';

/** One thing that happens at one instant: a scripted event, or routine check calls. */
export type Step =
  | { kind: 'event'; at: number; eventIndex: number; event: ScenarioEvent }
  | { kind: 'checks'; at: number; channels: ChannelId[] };

interface LocalDay {
  year: number;
  month: number;
  day: number;
  weekend: boolean;
}

/** The calendar days in the zone from the day of `start` to the day of `end`. */
function localDays(scenario: Scenario): LocalDay[] {
  const { zone } = scenario;
  const days: LocalDay[] = [];
  for (let at = localMidnight(scenario.start, zone); at <= scenario.end; at = addLocalDays(at, 1, zone)) {
    const t = localTime(at, zone);
    days.push({ year: t.year, month: t.month, day: t.day, weekend: t.weekday === 0 || t.weekday === 6 });
  }
  return days;
}

/** Every routine check instant of every channel between start and end, grouped by time. */
export function checkInstants(scenario: Scenario): Map<number, ChannelId[]> {
  const byTime = new Map<number, ChannelId[]>();
  const { zone } = scenario;
  const days = localDays(scenario);
  for (const channel of scenario.channels) {
    const calendar = channel.checks;
    if (!calendar) continue;
    for (const day of days) {
      if (calendar.days === 'weekdays' && day.weekend) continue;
      for (const minutes of calendar.times) {
        // Local wall-clock time: a 09:00 check stays at 09:00 across daylight saving.
        const at = zone.instant(day.year, day.month, day.day, minutes);
        if (at < scenario.start || at > scenario.end) continue;
        const list = byTime.get(at);
        if (list) list.push(channel.id);
        else byTime.set(at, [channel.id]);
      }
    }
  }
  return byTime;
}

/**
 * The whole schedule in time order. At the same instant scripted events come first, in
 * file order, so a line cut at 09:00 already misses the 09:00 call.
 */
export function buildSchedule(scenario: Scenario): Step[] {
  const events: Step[] = scenario.events.map((event, eventIndex) => ({
    kind: 'event',
    at: event.at,
    eventIndex,
    event,
  }));
  // A stable sort keeps file order within an instant; a file in time order is not sorted again.
  if (!inTimeOrder(events)) events.sort((x, y) => x.at - y.at);
  const checks = checkInstants(scenario);
  // Each instant is one check step: its times sort as numbers, with no comparison function.
  const times = Float64Array.from(checks.keys()).sort();
  const steps: Step[] = [];
  let e = 0;
  for (const at of times) {
    while (e < events.length && events[e]!.at <= at) steps.push(events[e++]!);
    steps.push({ kind: 'checks', at, channels: checks.get(at)! });
  }
  while (e < events.length) steps.push(events[e++]!);
  return steps;
}

const inTimeOrder = (steps: readonly Step[]) =>
  steps.every((step, i) => i === 0 || steps[i - 1]!.at <= step.at);
