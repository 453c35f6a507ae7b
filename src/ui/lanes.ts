import { columnOf, laneColumns, SEVERITY } from '../analysis/lanes.js';
import { spansOf } from '../analysis/spans.js';
import type { ChannelId, ChannelStatus } from '../model/scenario.js';
import type { Frame } from '../timeline/frame.js';

export { columnOf };

/** One lane per channel, drawn by the shared lane rule (analysis/lanes.ts: worst per slice). */
export function sampleLanes(
  frames: readonly Frame[],
  channels: readonly ChannelId[],
  start: number,
  end: number,
  width: number,
): ChannelStatus[][] {
  const spans = spansOf(frames, channels, end);
  return channels.map((id) =>
    laneColumns(
      (spans.get(id) ?? []).map((s) => ({ from: s.from, to: s.to, level: s.status })),
      start,
      end,
      width,
      SEVERITY,
      'open',
    ),
  );
}
