import { useMemo } from 'react';
import type { ChannelStatus } from '../model/scenario.js';
import { compareToHistory } from '../timeline/compare.js';
import type { RunFrames, Timeline } from '../timeline/timeline.js';
import { columnOf, sampleLanes } from './lanes.js';
import { historyIndexOf } from './navigate.js';

const NONE: ReadonlyMap<string, ChannelStatus> = new Map();

/** The timeline strip: its lanes, and the moment its last column stands for. */
export interface Strip {
  lanes: ChannelStatus[][];
  /** The scenario's end, or its last frame when that is later: the strip runs from the start to it. */
  end: number;
}

/**
 * The timeline strip for this width, computed once per timeline, width and number of frames
 * (which grows while history is simulated), not per step. While it grows, the lanes stop at
 * the last column that no frame still to come can touch, so every column drawn is the one the
 * whole run draws: the rest of the strip fills in as the run goes.
 */
export function useStrip(timeline: Timeline, width: number, frameCount: number, growing: boolean): Strip {
  return useMemo(() => strip(timeline, width, growing), [timeline, width, frameCount, growing]);
}

/** The strip (see useStrip): only the columns the whole run draws alike while it grows. */
export function strip(timeline: RunFrames, width: number, growing: boolean): Strip {
  const { scenario, frames } = timeline;
  const ids = scenario.channels.map((c) => c.id);
  const last = frames.at(-1)!.at;
  const end = Math.max(scenario.end, last);
  const lanes = sampleLanes(frames, ids, scenario.start, end, width);
  if (!growing) return { lanes, end };
  // Frames still to come are at or after the last one: its own column may still change.
  const upTo = columnOf(last, scenario.start, end, width);
  return { lanes: lanes.map((lane) => lane.slice(0, upTo)), end };
}

/** For a branch frame: the channels whose status differs from history, with history's status. */
export function useDiffers(branch: Timeline | null, index: number): ReadonlyMap<string, ChannelStatus> {
  const diffs = useMemo(() => (branch ? compareToHistory(branch) : null), [branch]);
  return useMemo(() => {
    if (!branch || !diffs || !branch.origin || index <= branch.origin.fromIndex) return NONE;
    const history = branch.origin.base.frames[historyIndexOf(branch, index, diffs)]!;
    const frame = branch.frames[index]!;
    const differs = new Map<string, ChannelStatus>();
    for (const spec of branch.scenario.channels) {
      const was = history.channels[spec.id]?.status;
      if (was && was !== frame.channels[spec.id]?.status) differs.set(spec.id, was);
    }
    return differs;
  }, [branch, diffs, index]);
}
