/**
 * What-ifs are the session's work: both restore the simulation at a frame (creating an
 * actor), which the UI's reducer must never do. The UI asks; this answers.
 */
import type { ChannelId } from '../model/scenario.js';
import type { Timeline } from '../timeline/timeline.js';
import { availableWhatIfs, branchAt, type WhatIf } from '../timeline/whatIf.js';

export type { WhatIf } from '../timeline/whatIf.js';

/** The what-ifs `channel` can take at frame `index` of `history`, with who could do them. */
export function whatIfOptions(history: Timeline, index: number, channel: ChannelId): WhatIf[] {
  return availableWhatIfs(history, index, channel);
}

/** History from frame `index` on, with `whatIf` applied there and the rest simulated. */
export function branchWhatIf(history: Timeline, index: number, whatIf: WhatIf): Timeline {
  return branchAt(history, index, whatIf);
}
