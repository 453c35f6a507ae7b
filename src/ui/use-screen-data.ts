import { useMemo } from 'react';
import type { ChannelStatus } from '../model/scenario.js';
import { compareToHistory } from '../timeline/compare.js';
import type { Timeline } from '../timeline/timeline.js';
import { sampleLanes } from './lanes.js';
import { historyIndexOf } from './navigate.js';

const NONE: ReadonlyMap<string, ChannelStatus> = new Map();

/** The timeline lanes for this width, computed once per timeline and width, not per step. */
export function useLanes(timeline: Timeline, width: number): ChannelStatus[][] {
  return useMemo(() => {
    const { scenario, frames } = timeline;
    const ids = scenario.channels.map((c) => c.id);
    return sampleLanes(frames, ids, scenario.start, Math.max(scenario.end, frames.at(-1)!.at), width);
  }, [timeline, width]);
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
