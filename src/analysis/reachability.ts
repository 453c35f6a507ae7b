import type { ChannelView } from '../channels/status.js';
import type { ChannelId, PartyId, Scenario } from '../model/scenario.js';
import type { Frame } from '../timeline/frame.js';
import type { Timeline } from '../timeline/timeline.js';

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
export function sideReachOverTime(timeline: Timeline): ReachStretch[] {
  const [from, to] = timeline.scenario.sides;
  return pairReachOverTime(timeline, from, to);
}

/** The same for any pair of parties, an intermediary included. */
export function pairReachOverTime(timeline: Timeline, from: PartyId, to: PartyId): ReachStretch[] {
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
    const statuses = ids.map((id) => frame.channels[id]?.status ?? 'closed').join(',');
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

/** "reachable over 2 of 3 channels; last link: Liaison line", for reports and handouts. */
export function describeReach(scenario: Scenario, reach: PairReach): string {
  const name = (id: ChannelId) => scenario.channels.find((c) => c.id === id)?.name ?? id;
  const partyName = (id: PartyId) => scenario.parties.find((p) => p.id === id)?.short ?? id;
  if (!reach.reachable) return 'no channel left';
  const direct = scenario.channels.filter((c) => {
    const [a, b] = c.between;
    return (a === reach.from && b === reach.to) || (a === reach.to && b === reach.from);
  }).length;
  const parts: string[] = [];
  if (reach.direct.length > 0)
    parts.push(`reachable over ${reach.direct.length} of ${direct} direct channels`);
  else parts.push('no direct channel');
  for (const route of reach.indirect)
    parts.push(
      `via ${route.parties.slice(1, -1).map(partyName).join(', ')} (${route.channels.map(name).join(' + ')})`,
    );
  if (reach.lastLinks.length > 0)
    parts.push(`last link${reach.lastLinks.length > 1 ? 's' : ''}: ${reach.lastLinks.map(name).join(', ')}`);
  return parts.join('; ');
}
