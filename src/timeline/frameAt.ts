import type { Frame } from './frame.js';

/** The index of the first frame at or after `at`; `frames.length` when every frame is earlier. */
export function indexAtOrAfter(frames: readonly Pick<Frame, 'at'>[], at: number): number {
  let low = 0;
  let high = frames.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (frames[middle]!.at < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The index of the last frame at or before `at`; -1 when every frame is later. */
export function indexAtOrBefore(frames: readonly Pick<Frame, 'at'>[], at: number): number {
  return indexAtOrAfter(frames, at + 1) - 1;
}
