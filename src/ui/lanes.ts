import type { ChannelId, ChannelStatus } from '../model/scenario.js';
import type { Frame } from '../timeline/frame.js';

const SEVERITY: Record<ChannelStatus, number> = { open: 0, degraded: 1, closed: 2 };

/** The column of the strip that time `at` falls in. */
export function columnOf(at: number, start: number, end: number, width: number): number {
  if (width <= 1 || end <= start) return 0;
  return Math.min(width - 1, Math.max(0, Math.floor(((at - start) / (end - start)) * width)));
}

/**
 * One lane per channel: each column covers an equal slice of scenario time and shows the
 * worst status the channel had in that slice, so even a short closure leaves a mark.
 */
export function sampleLanes(
  frames: readonly Frame[],
  channels: readonly ChannelId[],
  start: number,
  end: number,
  width: number,
): ChannelStatus[][] {
  const lanes = channels.map(() => new Array<ChannelStatus | null>(width).fill(null));
  let previous: Frame['channels'] | null = null;
  for (let f = 0; f < frames.length; f++) {
    const frame = frames[f]!;
    const from = columnOf(frame.at, start, end, width);
    const next = frames[f + 1];
    const to = next ? columnOf(next.at, start, end, width) : width - 1;
    // Frames that share a record of views (nothing changed) cost nothing more.
    if (frame.channels === previous && to === from) continue;
    previous = frame.channels;
    channels.forEach((id, c) => {
      const status = frame.channels[id]?.status ?? 'closed';
      const lane = lanes[c]!;
      for (let x = from; x <= to; x++) {
        const held = lane[x];
        if (held === null || held === undefined || SEVERITY[status] > SEVERITY[held]) lane[x] = status;
      }
    });
  }
  return lanes.map((lane) => {
    let last: ChannelStatus = 'open';
    return lane.map((s) => (last = s ?? last));
  });
}
