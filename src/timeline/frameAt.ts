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

/**
 * Where a moment falls among the frames. Between two steps, the state at that moment is the
 * earlier frame's (nothing changes between steps), and the later one is the next step.
 */
export type MomentPlace =
  | { kind: 'before-start' }
  | { kind: 'on-step'; index: number }
  | { kind: 'between'; index: number; next: number }
  | { kind: 'after-end'; index: number }
  /** Past the scenario's `end`: the scenario says nothing of it (`run --at` refuses it). */
  | { kind: 'past-end'; end: number };

/**
 * Where `at` falls among the frames and, when `end` is given, whether it is past the
 * scenario's end (the play screen, whose frames can run past it, gives none).
 */
export function placeMoment(
  frames: readonly Pick<Frame, 'at'>[],
  at: number,
  end = Number.POSITIVE_INFINITY,
): MomentPlace {
  const index = indexAtOrBefore(frames, at);
  if (index < 0) return { kind: 'before-start' };
  if (at > end) return { kind: 'past-end', end };
  if (frames[index]!.at === at) return { kind: 'on-step', index };
  if (index === frames.length - 1) return { kind: 'after-end', index };
  return { kind: 'between', index, next: index + 1 };
}
