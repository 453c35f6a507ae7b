import type { ChannelView } from '../channels/status.js';
import { statusOf, type ChannelId, type ChannelStatus } from '../model/scenario.js';
import type { Frame } from '../timeline/frame.js';
import type { RunFrames } from '../timeline/timeline.js';

/**
 * A stretch of time during which a channel kept one status: [from, to). `S` is what is
 * compared: the status, or a finer reading of the view (the SVG's bands).
 */
export interface StatusSpan<S = ChannelStatus> {
  status: S;
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

/**
 * The same over any frames up to `end` (a what-if's frames may run past the scenario's end),
 * merging on what `read` says of each view (by default its status).
 */
export function spansOf(
  frames: readonly Frame[],
  ids: readonly ChannelId[],
  end: number,
): Map<ChannelId, StatusSpan[]>;
export function spansOf<S>(
  frames: readonly Frame[],
  ids: readonly ChannelId[],
  end: number,
  read: (view: ChannelView | undefined) => S,
): Map<ChannelId, StatusSpan<S>[]>;
export function spansOf(
  frames: readonly Frame[],
  ids: readonly ChannelId[],
  end: number,
  read: (view: ChannelView | undefined) => unknown = statusOf,
): Map<ChannelId, StatusSpan<unknown>[]> {
  const spans = new Map<ChannelId, StatusSpan<unknown>[]>(ids.map((id) => [id, []]));
  let previous: Frame['channels'] | null = null;
  for (const frame of frames) {
    if (frame.at > end) break;
    if (frame.channels === previous) continue;
    previous = frame.channels;
    for (const [id, list] of spans) {
      const status = read(frame.channels[id]);
      const last = list[list.length - 1];
      if (last && last.status === status) continue;
      if (last) last.to = frame.at;
      list.push({ status, from: frame.at, to: end, frameIndex: frame.index });
    }
  }
  return spans;
}
