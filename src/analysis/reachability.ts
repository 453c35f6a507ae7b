import type { ChannelView } from '../channels/status.js';
import type { ChannelId, PartyId, Scenario } from '../model/scenario.js';

export interface Route {
  /** Parties along the way, from one side to the other. */
  parties: PartyId[];
  /** Channels along the way, one per hop. */
  channels: ChannelId[];
  /** True when the route passes through an intermediary. */
  indirect: boolean;
}

export interface PairReach {
  from: PartyId;
  to: PartyId;
  reachable: boolean;
  /** Open or degraded channels directly between the two. */
  direct: ChannelId[];
  /** Routes through intermediaries (each party at most once). */
  indirect: Route[];
  /** Channels whose loss would cut the pair off: the single points of failure. */
  lastLinks: ChannelId[];
}

type Views = Readonly<Record<ChannelId, ChannelView>>;

const usable = (view: ChannelView | undefined) => view !== undefined && view.status !== 'closed';

function routes(scenario: Scenario, views: Views, from: PartyId, to: PartyId, without?: ChannelId): Route[] {
  const found: Route[] = [];
  const edges = scenario.channels.filter((c) => c.id !== without && usable(views[c.id]));
  const walk = (at: PartyId, parties: PartyId[], channels: ChannelId[]) => {
    if (at === to) {
      found.push({ parties, channels, indirect: parties.length > 2 });
      return;
    }
    for (const edge of edges) {
      const [a, b] = edge.between;
      const next = a === at ? b : b === at ? a : null;
      if (next === null || parties.includes(next)) continue;
      walk(next, [...parties, next], [...channels, edge.id]);
    }
  };
  walk(from, [from], []);
  return found;
}

/** Can `from` reach `to` over the channels usable in these views, and how. */
export function reachPair(scenario: Scenario, views: Views, from: PartyId, to: PartyId): PairReach {
  const all = routes(scenario, views, from, to);
  const direct = all.filter((r) => !r.indirect).map((r) => r.channels[0]!);
  const indirect = all.filter((r) => r.indirect);
  const used = new Set(all.flatMap((r) => r.channels));
  const lastLinks =
    all.length === 0 ? [] : [...used].filter((id) => routes(scenario, views, from, to, id).length === 0);
  return { from, to, reachable: all.length > 0, direct, indirect, lastLinks };
}

/** Reachability of the scenario's two sides. */
export function reachSides(scenario: Scenario, views: Views): PairReach {
  return reachPair(scenario, views, scenario.sides[0], scenario.sides[1]);
}

/** Reachability of every pair of parties, in declaration order. */
export function reachAllPairs(scenario: Scenario, views: Views): PairReach[] {
  const pairs: PairReach[] = [];
  scenario.parties.forEach((p, i) =>
    scenario.parties.slice(i + 1).forEach((q) => pairs.push(reachPair(scenario, views, p.id, q.id))),
  );
  return pairs;
}
