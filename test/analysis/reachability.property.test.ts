import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reachPair } from '../../src/analysis/reachability.js';
import type { ChannelView } from '../../src/channels/status.js';
import type { ChannelSpec, Scenario } from '../../src/model/scenario.js';

const PARTIES = ['a', 'b', 'c', 'd', 'e'];

/** Oracle: every simple route, found the slow way, as sets of channel ids. */
function allRoutes(channels: ChannelSpec[], from: string, to: string): string[][] {
  const found: string[][] = [];
  const walk = (at: string, seen: string[], used: string[]) => {
    if (at === to) return void found.push(used);
    for (const c of channels) {
      const next = c.between[0] === at ? c.between[1] : c.between[1] === at ? c.between[0] : null;
      if (next !== null && !seen.includes(next)) walk(next, [...seen, next], [...used, c.id]);
    }
  };
  walk(from, [from], []);
  return found;
}

const graphs = fc.array(
  fc.record({
    ends: fc.tuple(fc.constantFrom(...PARTIES), fc.constantFrom(...PARTIES)).filter(([x, y]) => x !== y),
    status: fc.constantFrom('open', 'degraded', 'closed'),
  }),
  { maxLength: 10 },
);

describe('reachPair against every route found the slow way', () => {
  it('agrees on reachability, direct channels, routes and last links', () => {
    fc.assert(
      fc.property(graphs, (drawn) => {
        const channels: ChannelSpec[] = drawn.map((d, i) => ({
          id: `c${i}`,
          kind: 'hotline',
          class: 'other',
          name: `c${i}`,
          between: d.ends as [string, string],
          checks: null,
          initial: { line: 'working', silent: [], calls: true },
        }));
        const views = Object.fromEntries(drawn.map((d, i) => [`c${i}`, { status: d.status } as ChannelView]));
        const scenario = {
          parties: PARTIES.map((id) => ({ id, name: id, short: id })),
          channels,
          sides: ['a', 'b'],
        } as unknown as Scenario;
        const open = channels.filter((c) => views[c.id]!.status !== 'closed');
        const routes = allRoutes(open, 'a', 'b');
        const reach = reachPair(scenario, views, 'a', 'b');

        expect(reach.reachable).toBe(routes.length > 0);
        expect(reach.direct).toEqual(routes.filter((r) => r.length === 1).map((r) => r[0]));
        expect(reach.indirect.map((r) => r.channels).sort()).toEqual(
          routes.filter((r) => r.length > 1).sort(),
        );
        // A last link is a channel that every route uses.
        const onEvery =
          routes.length === 0 ? [] : routes[0]!.filter((id) => routes.every((r) => r.includes(id)));
        expect([...reach.lastLinks].sort()).toEqual(onEvery.sort());
      }),
      { numRuns: 300 },
    );
  });
});
