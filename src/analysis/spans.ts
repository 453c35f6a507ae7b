import type { ChannelId, ChannelStatus } from '../model/scenario.js';
import type { Frame } from '../timeline/frame.js';
import type { RunFrames } from '../timeline/timeline.js';

/** A stretch of time during which a channel kept one status: [from, to). */
export interface StatusSpan {
  status: ChannelStatus;
  from: number;
  to: number;
  /** The frame that began the stretch. */
  frameIndex: number;
}

/**
 * Each channel's status over the whole run, merged into maximal stretches. Frames that share
 * their channel record with the previous one (nothing changed) are skipped cheaply. Two
 * changes at one instant leave a zero-length stretch: it counts as a cut and a restore but
 * adds no time.
 */
export function statusSpans(timeline: RunFrames): Map<ChannelId, StatusSpan[]> {
  const { scenario, frames } = timeline;
  return spansOf(
    frames,
    scenario.channels.map((c) => c.id),
    scenario.end,
  );
}

/** The same over any frames up to `end` (a what-if's frames may run past the scenario's end). */
export function spansOf(
  frames: readonly Frame[],
  ids: readonly ChannelId[],
  end: number,
): Map<ChannelId, StatusSpan[]> {
  const spans = new Map<ChannelId, StatusSpan[]>(ids.map((id) => [id, []]));
  let previous: Frame['channels'] | null = null;
  for (const frame of frames) {
    if (frame.at > end) break;
    if (frame.channels === previous) continue;
    previous = frame.channels;
    for (const [id, list] of spans) {
      const status = frame.channels[id]?.status ?? 'closed';
      const last = list[list.length - 1];
      if (last && last.status === status) continue;
      if (last) last.to = frame.at;
      list.push({ status, from: frame.at, to: end, frameIndex: frame.index });
    }
  }
  return spans;
}
