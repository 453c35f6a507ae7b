import { describe, expect, it } from 'vitest';
import type { ChannelId, ChannelSpec, Scenario } from '../../src/model/scenario.js';
import { addLocalDays, localMidnight, localTime } from '../../src/time/clock.js';
import { ianaZone, type Zone } from '../../src/time/zone.js';
import { Schedule, type Step } from '../../src/timeline/schedule.js';
import { event, KST, march2019 } from '../support/scenarios.js';

/** The schedule made all at once, as it was before it was made lazily: every day, sorted. */
function wholeSchedule(scenario: Scenario): Step[] {
  const { zone } = scenario;
  const byTime = new Map<number, ChannelId[]>();
  for (const channel of scenario.channels) {
    if (!channel.checks) continue;
    for (
      let day = localMidnight(scenario.start, zone);
      day <= scenario.end;
      day = addLocalDays(day, 1, zone)
    ) {
      const t = localTime(day, zone);
      if (channel.checks.days === 'weekdays' && (t.weekday === 0 || t.weekday === 6)) continue;
      for (const minutes of channel.checks.times) {
        const at = zone.instant(t.year, t.month, t.day, minutes);
        if (at < scenario.start || at > scenario.end) continue;
        byTime.set(at, [...(byTime.get(at) ?? []), channel.id]);
      }
    }
  }
  const events: Step[] = scenario.events
    .map((e, eventIndex): Step => ({ kind: 'event', at: e.at, eventIndex, event: e }))
    .sort((x, y) => x.at - y.at);
  const checks: Step[] = [...byTime]
    .sort(([x], [y]) => x - y)
    .map(([at, channels]) => ({ kind: 'checks', at, channels }));
  const steps: Step[] = [];
  let e = 0;
  for (const check of checks) {
    while (e < events.length && events[e]!.at <= check.at) steps.push(events[e++]!);
    steps.push(check);
  }
  return [...steps, ...events.slice(e)];
}

/** Every step the lazy schedule makes, asked for one at a time. */
function lazySteps(schedule: Schedule): Step[] {
  const steps: Step[] = [];
  for (let step = schedule.at(0); step !== undefined; step = schedule.at(steps.length)) steps.push(step);
  return steps;
}

const withTimes = (spec: ChannelSpec, times: number[], days: 'daily' | 'weekdays'): ChannelSpec =>
  ({ ...spec, checks: { times, days } }) as ChannelSpec;

/** march2019's channels in `zone` over [from, to], with checks near midnight and repeated times. */
function scenarioIn(zone: Zone, from: string, to: string): Scenario {
  const base = march2019();
  const [office, liaison, military] = base.channels as [ChannelSpec, ChannelSpec, ChannelSpec];
  const start = Date.parse(from);
  const end = Date.parse(to);
  const events = [0.5, 0.1, 0.5, 0.9].map((f) =>
    event({ at: Math.round(start + (end - start) * f), channels: ['liaison'], do: 'degrade' }),
  );
  return {
    ...base,
    zone,
    start,
    end,
    // An event at a check instant comes before the check step of that instant.
    events: [
      ...events,
      event({ at: zone.instant(2011, 12, 31, 9 * 60), channels: ['military'], do: 'degrade' }),
    ],
    channels: [
      withTimes(office, [0, 30, 9 * 60, 9 * 60, 23 * 60 + 30], 'weekdays'),
      withTimes(liaison, [0, 2 * 60 + 30, 9 * 60, 16 * 60], 'daily'),
      withTimes(military, [30, 9 * 60, 23 * 60 + 59], 'daily'),
    ],
  };
}

const zones: [string, Zone, string, string][] = [
  ['a fixed offset', KST, '2019-03-21T08:00+09:00', '2019-04-26T23:59+09:00'],
  ['New York across both changes', ianaZone('America/New_York')!, '2021-03-01T00:00Z', '2021-11-30T12:00Z'],
  [
    'Havana, whose clocks change at midnight',
    ianaZone('America/Havana')!,
    '2012-03-01T00:00Z',
    '2012-11-30T00:00Z',
  ],
  ['Apia, which skipped 30 Dec 2011', ianaZone('Pacific/Apia')!, '2011-12-20T00:00Z', '2012-01-10T00:00Z'],
  [
    'Lord Howe, half an hour of daylight saving',
    ianaZone('Australia/Lord_Howe')!,
    '2020-09-20T00:00Z',
    '2021-04-30T00:00Z',
  ],
];

describe('the schedule, made as the run goes', () => {
  it.each(zones)('has the steps of the whole schedule in the same order: %s', (_, zone, from, to) => {
    const scenario = scenarioIn(zone, from, to);
    const whole = wholeSchedule(scenario);
    expect(whole.length).toBeGreaterThan(100);
    expect(lazySteps(new Schedule(scenario))).toEqual(whole);
  });

  it.each(zones)('knows which channels are due at an instant before reaching it: %s', (_, zone, from, to) => {
    const scenario = scenarioIn(zone, from, to);
    const whole = wholeSchedule(scenario);
    const schedule = new Schedule(scenario);
    for (const step of whole) {
      const check = whole.find((s) => s.kind === 'checks' && s.at === step.at);
      const due = check?.kind === 'checks' ? check.channels : [];
      expect(schedule.checksAt(step.at)).toEqual(due);
    }
    expect(schedule.checksAt(scenario.start - 1)).toEqual([]);
    expect(lazySteps(schedule)).toEqual(whole);
  });

  it('gives every step of the same clock time one shared channel list, not a list each', () => {
    const steps = lazySteps(
      new Schedule(scenarioIn(KST, '2019-03-21T08:00+09:00', '2019-04-26T23:59+09:00')),
    );
    const nines = steps.filter(
      (step): step is Extract<Step, { kind: 'checks' }> =>
        step.kind === 'checks' && localTime(step.at, KST).minutes === 9 * 60,
    );
    expect(nines.length).toBeGreaterThan(20);
    // Weekdays call the office at 09:00 (twice) with the others; weekends do not.
    const lists = new Set(nines.map((step) => step.channels));
    expect(lists.size).toBe(2);
  });

  it('reads no more days than the steps asked for need: six years cost no more than a week', () => {
    let reads = 0;
    const counted: Zone = Object.assign(Object.create(KST) as Zone, {
      instant: (...args: Parameters<Zone['instant']>) => (reads++, KST.instant(...args)),
      wallInstant: (wall: number) => (reads++, KST.wallInstant(wall)),
    });
    const firstSteps = (to: string) => {
      reads = 0;
      const schedule = new Schedule(scenarioIn(counted, '2018-01-01T00:00+09:00', to));
      // Step 0 is the event dated before the start.
      expect(schedule.at(1)).toMatchObject({ kind: 'checks', at: Date.parse('2018-01-01T00:00+09:00') });
      expect(schedule.at(5)).toBeDefined();
      return reads;
    };
    const week = firstSteps('2018-01-07T23:59+09:00');
    expect(week).toBeGreaterThan(0);
    expect(firstSteps('2023-12-31T23:59+09:00')).toBeLessThanOrEqual(week);
  });

  it('is empty for a scenario without checks or events', () => {
    const scenario = {
      ...march2019([]),
      channels: march2019().channels.map((c) => ({ ...c, checks: null })),
    };
    expect(new Schedule(scenario as Scenario).at(0)).toBeUndefined();
  });
});
