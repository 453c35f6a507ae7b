import type { LastLinkChange } from '../analysis/debrief.js';
import { directChannels, type PairReach } from '../analysis/reachability.js';
import type { Scenario } from '../model/scenario.js';
import type { Speaker } from './speaker.js';

/**
 * How two parties can reach each other, in words: "reachable over 2 of 3 direct channels;
 * via China (A + B); last link: Liaison line". The board, the text report and the handouts
 * all say it this way; `loud` capitalises being cut off, for the screen.
 */
export function reachWords(scenario: Scenario, reach: PairReach, say: Speaker, loud = false): string {
  return say.words.reach.parts(reachParts(scenario, reach, say, loud).map((p) => p.text));
}

/**
 * The parts of `reachWords`, each ranked by how much it matters when a line is short: the
 * last link (or being cut off) first, then the routes via others, then the count.
 */
export function reachParts(
  scenario: Scenario,
  reach: PairReach,
  say: Speaker,
  loud = false,
): { text: string; rank: number }[] {
  const w = say.words.reach;
  if (!reach.reachable) return [{ text: loud ? w.noneLoud : w.none, rank: 0 }];
  const parts = [
    reach.direct.length > 0
      ? { text: w.over(reach.direct.length, directChannels(scenario, reach).length), rank: 2 }
      : { text: loud ? w.noDirectLoud : w.noDirect, rank: 0 },
  ];
  for (const route of reach.indirect)
    parts.push({
      text: w.via(route.parties.slice(1, -1).map(say.party), route.channels.map(say.channelName)),
      rank: 1,
    });
  if (reach.lastLinks.length > 0)
    parts.push({ text: w.lastLink(reach.lastLinks.map(say.channelName)), rank: 0 });
  return parts;
}

/** "South ⇄ North: …": the reach of a pair with the pair named first. */
export const reachLine = (scenario: Scenario, reach: PairReach, say: Speaker, loud = false): string =>
  `${say.words.reach.pair(say.party(reach.from), say.party(reach.to))}: ${reachWords(scenario, reach, say, loud)}`;

/** The label of the sides' lane for one stretch, longest first: "last link: A", "only via China". */
export function reachLabels(reach: PairReach, say: Speaker): string[] {
  const w = say.words.reach;
  const via = [...new Set(reach.indirect.flatMap((r) => r.parties.slice(1, -1)))].map(say.party);
  return [
    ...(reach.reachable && reach.lastLinks.length > 0
      ? [w.lastLink(reach.lastLinks.map(say.channelName))]
      : []),
    // Say when the only way left runs through an intermediary: that is the lesson of the lane.
    ...(reach.reachable && reach.direct.length === 0 ? [w.onlyVia(via)] : []),
  ];
}

/** A change in the sides' single points of failure: cut off, redundant again, or the new last link. */
export function lastLinkChangeWords(
  change: Pick<LastLinkChange, 'reachable' | 'lastLinks'>,
  say: Speaker,
): string {
  const w = say.words.reach;
  if (!change.reachable) return w.changedCutOff;
  if (change.lastLinks.length === 0) return w.changedRedundant;
  return w.lastLink(change.lastLinks.map(say.channelName));
}
