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
  const w = say.words.reach;
  if (!reach.reachable) return loud ? w.noneLoud : w.none;
  const parts: string[] = [];
  if (reach.direct.length > 0)
    parts.push(w.over(reach.direct.length, directChannels(scenario, reach).length));
  else parts.push(loud ? w.noDirectLoud : w.noDirect);
  for (const route of reach.indirect)
    parts.push(w.via(route.parties.slice(1, -1).map(say.party), route.channels.map(say.channelName)));
  if (reach.lastLinks.length > 0) parts.push(w.lastLink(reach.lastLinks.map(say.channelName)));
  return w.parts(parts);
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
