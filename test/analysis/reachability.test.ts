import { describe, expect, it } from 'vitest';
import {
  MAX_INDIRECT_ROUTES,
  pairReachOverTime,
  reachAllPairs,
  reachPair,
  reachSides,
  sideReachOverTime,
} from '../../src/analysis/reachability.js';
import { reachWords } from '../../src/words/reach.js';
import { speakerFor } from '../../src/words/speaker.js';
import type { ChannelView } from '../../src/channels/status.js';
import type { ChannelSpec, ChannelStatus, Scenario } from '../../src/model/scenario.js';
import { simulate } from '../../src/timeline/simulate.js';
import { kst } from '../support/scenarios.js';
import { withIntermediary } from '../support/intermediary.js';

const scenario = withIntermediary();
const views = (statuses: Record<string, ChannelStatus>): Record<string, ChannelView> =>
  Object.fromEntries(
    Object.entries(statuses).map(([id, status]) => [
      id,
      { status, facts: [], state: [], reason: '', since: 0, detail: '', standby: false },
    ]),
  );
const allOpen = {
  office: 'open',
  liaison: 'open',
  military: 'open',
  'beijing-south': 'open',
  'beijing-north': 'open',
} as const;

describe('reachPair', () => {
  it('lists direct channels, routes through the intermediary, and no last link when redundant', () => {
    const reach = reachSides(scenario, views(allOpen));
    expect(reach.reachable).toBe(true);
    expect(reach.direct).toEqual(['office', 'liaison', 'military']);
    expect(reach.indirect).toEqual([
      {
        parties: ['south', 'china', 'north'],
        channels: ['beijing-south', 'beijing-north'],
        indirect: true,
      },
    ]);
    expect(reach.lastLinks).toEqual([]);
  });

  it('counts a degraded channel as usable and names it when it is the last', () => {
    const reach = reachSides(
      scenario,
      views({
        ...allOpen,
        office: 'degraded',
        liaison: 'closed',
        military: 'closed',
        'beijing-north': 'closed',
      }),
    );
    expect(reach).toMatchObject({ reachable: true, direct: ['office'], indirect: [], lastLinks: ['office'] });
  });

  it('names both legs of the intermediary route when it is the only way', () => {
    const reach = reachSides(
      scenario,
      views({ ...allOpen, office: 'closed', liaison: 'closed', military: 'closed' }),
    );
    expect(reach.direct).toEqual([]);
    expect(reach.lastLinks).toEqual(['beijing-south', 'beijing-north']);
  });

  it('is unreachable when every route is cut, with no last link to name', () => {
    const reach = reachSides(
      scenario,
      views({
        ...allOpen,
        office: 'closed',
        liaison: 'closed',
        military: 'closed',
        'beijing-south': 'closed',
      }),
    );
    expect(reach).toMatchObject({ reachable: false, direct: [], indirect: [], lastLinks: [] });
  });

  it('treats a channel missing from the views as closed', () => {
    expect(reachPair(scenario, views({ 'beijing-south': 'open' }), 'south', 'china').direct).toEqual([
      'beijing-south',
    ]);
    expect(reachPair(scenario, views({}), 'south', 'china').reachable).toBe(false);
  });

  it('covers every pair of parties, the intermediary included', () => {
    const pairs = reachAllPairs(scenario, views({ ...allOpen, 'beijing-north': 'closed' }));
    expect(pairs.map((p) => [p.from, p.to, p.reachable, p.lastLinks])).toEqual([
      ['south', 'north', true, []],
      ['south', 'china', true, ['beijing-south']],
      // China reaches the North only through the South, over its one line to Seoul.
      ['north', 'china', true, ['beijing-south']],
    ]);
  });
});

describe('reachPair on a dense scenario', () => {
  // 8 parties and 24 channels: all pairs among the first seven (21) plus three to the eighth.
  const parties = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'];
  const channels: ChannelSpec[] = [];
  const line = (a: string, b: string): ChannelSpec => ({
    id: `${a}-${b}`,
    kind: 'hotline',
    class: 'other',
    name: `${a}–${b}`,
    between: [a, b],
    checks: null,
    initial: { line: 'working', silent: [], calls: true },
  });
  for (let i = 0; i < 7; i++) for (let j = i + 1; j < 7; j++) channels.push(line(parties[i]!, parties[j]!));
  channels.push(line('p5', 'p7'), line('p6', 'p7'), line('p4', 'p7'));
  const dense: Scenario = {
    ...scenario,
    parties: parties.map((id) => ({ id, name: id, short: id })),
    channels,
    sides: ['p0', 'p7'],
  };
  const open = views(Object.fromEntries(channels.map((c) => [c.id, 'open' as const])));

  // How fast is for npm run bench; here only that every pair gets an answer.
  it('answers every pair, listing a bounded number of routes', () => {
    const pairs = reachAllPairs(dense, open);
    expect(pairs).toHaveLength(28);
    const sides = reachSides(dense, open);
    expect(sides).toMatchObject({ reachable: true, direct: [], lastLinks: [] });
    expect(sides.indirect).toHaveLength(MAX_INDIRECT_ROUTES);
    // Shortest first: through each of the three parties that have a line to p7.
    expect(sides.indirect.slice(0, 3).map((r) => r.parties)).toEqual([
      ['p0', 'p4', 'p7'],
      ['p0', 'p5', 'p7'],
      ['p0', 'p6', 'p7'],
    ]);
    expect(sides.indirect[3]!.channels).toEqual(['p0-p1', 'p1-p4', 'p4-p7']);
  });

  it('finds the one channel left into a party, however many routes lead up to it', () => {
    const cut = views({
      ...Object.fromEntries(channels.map((c) => [c.id, 'open' as const])),
      'p5-p7': 'closed',
      'p4-p7': 'closed',
    });
    expect(reachSides(dense, cut).lastLinks).toEqual(['p6-p7']);
    expect(reachPair(dense, cut, 'p7', 'p0').lastLinks).toEqual(['p6-p7']);
  });
});

describe('sideReachOverTime', () => {
  const timeline = simulate(scenario);
  const stretches = sideReachOverTime(timeline);

  it('merges the run into stretches where reachability did not change', () => {
    expect(stretches.map((s) => [s.from, s.to, s.reach.direct, s.reach.lastLinks])).toEqual([
      [kst('2020-06-01T00:00'), kst('2020-06-01T10:00'), ['office', 'liaison', 'military'], []],
      [kst('2020-06-01T10:00'), kst('2020-06-02T12:00'), ['liaison', 'military'], []],
      [kst('2020-06-02T12:00'), kst('2020-06-03T08:00'), ['military'], ['military']],
      [kst('2020-06-03T08:00'), kst('2020-06-03T14:00'), [], []],
      [kst('2020-06-03T14:00'), kst('2020-06-04T06:00'), [], ['beijing-south', 'beijing-north']],
      [kst('2020-06-04T06:00'), kst('2020-06-04T12:00'), ['liaison'], []],
      [kst('2020-06-04T12:00'), kst('2020-06-05T00:00'), ['office', 'liaison'], []],
    ]);
    expect(timeline.frames[stretches[2]!.frameIndex]!.event?.do).toBe('stop-answering');
  });

  it('describes each stretch in words', () => {
    expect(stretches.map((s) => reachWords(scenario, s.reach, speakerFor(scenario)))).toEqual([
      'reachable over 3 of 3 direct channels',
      'reachable over 2 of 3 direct channels',
      'reachable over 1 of 3 direct channels; last link: West Sea military line',
      'no channel left',
      'no direct channel; via China (Seoul–Beijing line + Beijing–Pyongyang line); last links: Seoul–Beijing line, Beijing–Pyongyang line',
      'reachable over 1 of 3 direct channels; via China (Seoul–Beijing line + Beijing–Pyongyang line)',
      'reachable over 2 of 3 direct channels; via China (Seoul–Beijing line + Beijing–Pyongyang line)',
    ]);
  });

  it('follows any pair of parties, such as China and the North', () => {
    const china = pairReachOverTime(timeline, 'china', 'north');
    expect(china.map((s) => [s.from, s.reach.direct, s.reach.lastLinks])).toEqual([
      // Through Seoul at first: the line to Seoul is the one link every route shares.
      [kst('2020-06-01T00:00'), [], ['beijing-south']],
      // The office closes: fewer routes through Seoul, the same single link.
      [kst('2020-06-01T10:00'), [], ['beijing-south']],
      // Only the military line is left between Seoul and Pyongyang: two links to lose.
      [kst('2020-06-02T12:00'), [], ['beijing-south', 'military']],
      // The wildfire: China cannot get through at all.
      [kst('2020-06-03T08:00'), [], []],
      [kst('2020-06-03T14:00'), ['beijing-north'], ['beijing-north']],
      // The liaison line answers again: a second way, through Seoul.
      [kst('2020-06-04T06:00'), ['beijing-north'], []],
      [kst('2020-06-04T12:00'), ['beijing-north'], []],
    ]);
    expect(china[3]!.reach.reachable).toBe(false);
    expect(china[6]!.reach.indirect.map((r) => r.channels)).toEqual([
      ['beijing-south', 'office'],
      ['beijing-south', 'liaison'],
    ]);
  });
});
