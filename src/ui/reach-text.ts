import { reachSides } from '../analysis/reachability.js';
import type { ChannelStatus, Scenario } from '../model/scenario.js';
import type { Frame } from '../timeline/frame.js';
import { reachParts } from '../words/reach.js';
import type { Speaker } from '../words/speaker.js';
import { displayWidth } from '../text/width.js';
import { fitParts } from './fit-parts.js';

/** The reach line's words: the pair, then ranked parts that a short line sheds least needed first. */
export interface ReachText {
  pair: string;
  parts: { text: string; rank: number }[];
  separator: string;
  status: ChannelStatus;
}

/**
 * "South ⇄ North: reachable over 2 of 3 direct channels; last link: Liaison line" (the
 * handout's words, loud when cut off) with an arrow that is a cross when the sides are cut off.
 */
export function reachText(scenario: Scenario, frame: Frame, say: Speaker): ReachText {
  const reach = reachSides(scenario, frame.channels);
  const [a, b] = scenario.sides;
  const parts = reachParts(scenario, reach, say, true);
  const arrow = !reach.reachable ? '✖' : reach.direct.length === 0 ? '⇢' : '⇄';
  const status: ChannelStatus = !reach.reachable
    ? 'closed'
    : reach.lastLinks.length > 0
      ? 'degraded'
      : 'open';
  // The table's own joiner, so a language that joins parts otherwise keeps its way.
  const separator = say.words.reach.parts(['', '']);
  return { pair: `${say.party(a)} ${arrow} ${say.party(b)}: `, parts, separator, status };
}

/** The reach line fitted to `width` columns: the count gives way before the last link does. */
export const fitReach = (reach: ReachText, width: number): string =>
  reach.pair + fitParts(reach.parts, reach.separator, Math.max(1, width - displayWidth(reach.pair)));
