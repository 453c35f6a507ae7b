import { kindOf } from '../channels/registry.js';
import type { ChannelView } from '../channels/status.js';
import { statusOf, type ChannelId, type PartyId, type Scenario } from '../model/scenario.js';
import type { Frame } from '../timeline/frame.js';
import type { RunFrames } from '../timeline/timeline.js';

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
type Edge = Scenario['channels'][number];

/** Routes through intermediaries listed at most; more would teach nothing and cost a lot. */
export const MAX_INDIRECT_ROUTES = 32;
/** Steps the route search may take, so that no scenario can make it run away. */
const SEARCH_BUDGET = 20_000;

const usable = (view: ChannelView | undefined) => view !== undefined && view.status !== 'closed';
const otherEnd = (edge: Edge, at: PartyId) =>
  edge.between[0] === at ? edge.between[1] : edge.between[1] === at ? edge.between[0] : null;

/** Whether `to` can be reached from `from` over these edges: a plain breadth-first search. */
function connected(edges: readonly Edge[], from: PartyId, to: PartyId, without?: ChannelId): boolean {
  const seen = new Set([from]);
  const queue = [from];
  while (queue.length > 0) {
    const at = queue.shift()!;
    if (at === to) return true;
    for (const edge of edges) {
      const next = edge.id === without ? null : otherEnd(edge, at);
      if (next !== null && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return false;
}

/** The parties a chain of channels passes, relaying parties included, from `from` on. */
function alongTheWay(edges: readonly Edge[], channels: readonly ChannelId[], from: PartyId): PartyId[] {
  const parties = [from];
  for (const id of channels) {
    const edge = edges.find((e) => e.id === id)!;
    const hops = kindOf(edge.kind).route(edge);
    const at = parties[parties.length - 1]!;
    parties.push(...(hops[0] === at ? hops : [...hops].reverse()).slice(1));
  }
  return parties;
}

/** A channel that joins two parties with no one between (a relayed line has its relaying party). */
const joinsDirectly = (edge: Edge) => kindOf(edge.kind).route(edge).length === 2;

/**
 * Routes through at least one intermediary, each party at most once: shortest first (a
 * breadth-first search over routes), then in declaration order.
 */
function indirectRoutes(edges: readonly Edge[], from: PartyId, to: PartyId): Route[] {
  const found: Route[] = [];
  const queue: { parties: PartyId[]; channels: ChannelId[] }[] = [{ parties: [from], channels: [] }];
  let budget = SEARCH_BUDGET;
  for (let head = 0; head < queue.length && found.length < MAX_INDIRECT_ROUTES; head++) {
    const { parties, channels } = queue[head]!;
    const at = parties[parties.length - 1]!;
    for (const edge of edges) {
      if (--budget < 0) return found;
      const next = otherEnd(edge, at);
      if (next === null || parties.includes(next)) continue;
      const route = { parties: [...parties, next], channels: [...channels, edge.id] };
      if (next !== to) queue.push(route);
      else if (found.length < MAX_INDIRECT_ROUTES) {
        // A relayed line passes through its relaying party: that makes even one hop indirect.
        const along = alongTheWay(edges, route.channels, from);
        if (along.length > 2) found.push({ parties: along, channels: route.channels, indirect: true });
      }
    }
  }
  return found;
}

/** Can `from` reach `to` over the channels usable in these views, and how. */
export function reachPair(scenario: Scenario, views: Views, from: PartyId, to: PartyId): PairReach {
  const edges = scenario.channels.filter((c) => usable(views[c.id]));
  if (!connected(edges, from, to))
    return { from, to, reachable: false, direct: [], indirect: [], lastLinks: [] };
  const direct = edges.filter((e) => otherEnd(e, from) === to && joinsDirectly(e)).map((e) => e.id);
  const indirect = indirectRoutes(edges, from, to);
  // A channel whose loss cuts the pair off lies on every route, so on any one of them:
  // test those, in their order along the way.
  const someRoute = direct.length > 0 ? [direct[0]!] : (indirect[0]?.channels ?? []);
  const lastLinks = someRoute.filter((id) => !connected(edges, from, to, id));
  return { from, to, reachable: true, direct, indirect, lastLinks };
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

/** The sides' reachability during one stretch of time: [from, to). */
export interface ReachStretch {
  from: number;
  to: number;
  /** The frame that began the stretch. */
  frameIndex: number;
  reach: PairReach;
}

const reachKey = (r: PairReach) =>
  JSON.stringify([r.direct, r.indirect.map((route) => route.channels), r.lastLinks]);

/**
 * How the two sides could reach each other over the whole run, merged into stretches where
 * nothing about it changed. Frames that share their channel record are skipped, and routes
 * are recomputed only when some channel's status changed (a check call renews a view but
 * not its status), which keeps 50k-frame timelines fast.
 */
export function sideReachOverTime(timeline: RunFrames): ReachStretch[] {
  const [from, to] = timeline.scenario.sides;
  return pairReachOverTime(timeline, from, to);
}

/** The same for any pair of parties, an intermediary included. */
export function pairReachOverTime(timeline: RunFrames, from: PartyId, to: PartyId): ReachStretch[] {
  const { scenario, frames } = timeline;
  const ids = scenario.channels.map((c) => c.id);
  const stretches: ReachStretch[] = [];
  let previous: Frame['channels'] | null = null;
  let previousStatuses = '';
  let previousKey = '';
  for (const frame of frames) {
    if (frame.at > scenario.end) break;
    if (frame.channels === previous) continue;
    previous = frame.channels;
    const statuses = ids.map((id) => statusOf(frame.channels[id])).join(',');
    if (statuses === previousStatuses) continue;
    previousStatuses = statuses;
    const reach = reachPair(scenario, frame.channels, from, to);
    const key = reachKey(reach);
    if (key === previousKey) continue;
    previousKey = key;
    const last = stretches[stretches.length - 1];
    if (last) last.to = frame.at;
    stretches.push({ from: frame.at, to: scenario.end, frameIndex: frame.index, reach });
  }
  return stretches;
}

/** The channels that join the two parties of `reach` directly, open or not. */
export function directChannels(scenario: Scenario, reach: Pick<PairReach, 'from' | 'to'>): ChannelId[] {
  return scenario.channels
    .filter(
      (c) =>
        joinsDirectly(c) &&
        ((c.between[0] === reach.from && c.between[1] === reach.to) ||
          (c.between[0] === reach.to && c.between[1] === reach.from)),
    )
    .map((c) => c.id);
}
