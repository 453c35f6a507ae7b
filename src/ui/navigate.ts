import type { Frame } from '../timeline/frame.js';
import type { ChannelId } from '../model/scenario.js';
import type { Timeline } from '../timeline/timeline.js';
import { compareToHistory, type FrameDifference } from '../timeline/compare.js';

/** Pure look-ups over precomputed frames: moving never re-simulates. */

const scripted = (frame: Frame) => frame.kind !== 'checks';

/** The next frame in `dir`, or the next scripted one when routine checks are skipped; null at the edge. */
export function stepFrom(
  frames: readonly Frame[],
  index: number,
  dir: 1 | -1,
  skipChecks: boolean,
): number | null {
  for (let i = index + dir; i >= 0 && i < frames.length; i += dir)
    if (!skipChecks || scripted(frames[i]!)) return i;
  return null;
}

function changedAt(frames: readonly Frame[], i: number, channels: readonly ChannelId[]): boolean {
  const before = frames[i - 1]!.channels;
  const after = frames[i]!.channels;
  return before !== after && channels.some((id) => before[id]?.status !== after[id]?.status);
}

/** The next frame in `dir` where one of `channels` changes status; null when there is none. */
export function nextChange(
  frames: readonly Frame[],
  index: number,
  dir: 1 | -1,
  channels: readonly ChannelId[],
): number | null {
  for (let i = index + dir; i >= 1 && i < frames.length; i += dir)
    if (changedAt(frames, i, channels)) return i;
  return null;
}

/** The history frame that a branch frame stands beside (the branch point for the what-if itself). */
export function historyIndexOf(
  branch: Timeline,
  index: number,
  diffs: readonly FrameDifference[] = compareToHistory(branch),
): number {
  const origin = branch.origin;
  if (!origin || index <= origin.fromIndex) return index;
  for (let i = index; i > origin.fromIndex; i--) {
    const aligned = diffs[i]?.historyIndex;
    if (aligned !== null && aligned !== undefined) return aligned;
  }
  return origin.fromIndex;
}
