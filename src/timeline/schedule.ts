import type { ChannelId, Scenario, ScenarioEvent } from '../model/scenario.js';
import { DAY, localMidnight, localTime } from '../time/clock.js';

/** One thing that happens at one instant: a scripted event, or routine check calls. */
export type Step =
  | { kind: 'event'; at: number; eventIndex: number; event: ScenarioEvent }
  | { kind: 'checks'; at: number; channels: ChannelId[] };

/** Every routine check instant of every channel between start and end, grouped by time. */
export function checkInstants(scenario: Scenario): Map<number, ChannelId[]> {
  const byTime = new Map<number, ChannelId[]>();
  const minute = 60_000;
  for (const channel of scenario.channels) {
    const calendar = channel.checks;
    if (!calendar) continue;
    for (let day = localMidnight(scenario.start, scenario.offsetMinutes); day <= scenario.end; day += DAY) {
      const { weekday } = localTime(day, scenario.offsetMinutes);
      if (calendar.days === 'weekdays' && (weekday === 0 || weekday === 6)) continue;
      for (const minutes of calendar.times) {
        const at = day + minutes * minute;
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
  const steps: Step[] = scenario.events.map((event, eventIndex) => ({
    kind: 'event',
    at: event.at,
    eventIndex,
    event,
  }));
  for (const [at, channels] of checkInstants(scenario)) steps.push({ kind: 'checks', at, channels });
  const rank = (step: Step) => (step.kind === 'event' ? step.eventIndex : Number.MAX_SAFE_INTEGER);
  return steps.sort((x, y) => x.at - y.at || rank(x) - rank(y));
}
