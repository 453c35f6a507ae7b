import type { ChannelId } from '../model/scenario.js';
import type { Timeline } from './timeline.js';

export interface FrameDifference {
  /** The history frame this branch frame stands beside (same schedule step), if any. */
  historyIndex: number | null;
  /** Channels whose status differs from history at that moment. */
  channels: ChannelId[];
}

/** How each frame of a branch differs from the history it branched from. */
export function compareToHistory(branch: Timeline): FrameDifference[] {
  const origin = branch.origin;
  if (!origin) return branch.frames.map((f) => ({ historyIndex: f.index, channels: [] }));
  const base = origin.base;
  const byStep = new Map<number, number>();
  for (const frame of base.frames) if (frame.stepIndex >= 0) byStep.set(frame.stepIndex, frame.index);
  let lastAligned = origin.fromIndex;
  return branch.frames.map((frame) => {
    if (frame.index <= origin.fromIndex) return { historyIndex: frame.index, channels: [] };
    const aligned = byStep.get(frame.stepIndex) ?? null;
    if (aligned !== null) lastAligned = aligned;
    const history = base.frames[aligned ?? lastAligned]!;
    const channels = branch.scenario.channels
      .map((c) => c.id)
      .filter((id) => history.channels[id]?.status !== frame.channels[id]?.status);
    return { historyIndex: aligned, channels };
  });
}
