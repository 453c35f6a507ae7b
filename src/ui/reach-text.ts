import { reachSides } from '../analysis/reachability.js';
import type { ChannelStatus, Scenario } from '../model/scenario.js';
import type { Frame } from '../timeline/frame.js';
import { reachWords } from '../words/reach.js';
import type { Speaker } from '../words/speaker.js';

/**
 * "South ⇄ North: reachable over 2 of 3 direct channels; last link: Liaison line" (the
 * handout's words, loud when cut off) with an arrow that is a cross when the sides are cut off.
 */
export function reachText(
  scenario: Scenario,
  frame: Frame,
  say: Speaker,
): { text: string; status: ChannelStatus } {
  const reach = reachSides(scenario, frame.channels);
  const [a, b] = scenario.sides;
  const words = reachWords(scenario, reach, say, true);
  const arrow = !reach.reachable ? '✖' : reach.direct.length === 0 ? '⇢' : '⇄';
  const status: ChannelStatus = !reach.reachable
    ? 'closed'
    : reach.lastLinks.length > 0
      ? 'degraded'
      : 'open';
  return { text: `${say.party(a)} ${arrow} ${say.party(b)}: ${words}`, status };
}
