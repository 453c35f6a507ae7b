import type { CheckResult } from '../channels/status.js';
import type { ChannelId } from '../model/scenario.js';
import type { Frame } from './frame.js';

export interface LastCheck {
  at: number;
  outcome: CheckResult;
}

/** Per channel, the indexes of its check frames; `upTo` frames are indexed so far. */
interface CheckIndex {
  byChannel: Map<ChannelId, number[]>;
  upTo: number;
}
const indexes = new WeakMap<readonly Frame[], CheckIndex>();

/**
 * For each channel, the indexes of the frames that record one of its check calls. A
 * progressive run grows the same array as it simulates, so the index grows with it.
 */
function checkIndex(frames: readonly Frame[]): Map<ChannelId, number[]> {
  let index = indexes.get(frames);
  if (!index) {
    index = { byChannel: new Map(), upTo: 0 };
    indexes.set(frames, index);
  }
  for (; index.upTo < frames.length; index.upTo++) {
    const frame = frames[index.upTo]!;
    for (const check of frame.checks) {
      const list = index.byChannel.get(check.channel);
      if (list) list.push(frame.index);
      else index.byChannel.set(check.channel, [frame.index]);
    }
  }
  return index.byChannel;
}

/**
 * The latest check call (or consultation) of a channel at or before frame `at`: derived from
 * the frames' own check records, so a channel's view need not change at every routine call.
 */
export function lastCheckAt(frames: readonly Frame[], at: number, channel: ChannelId): LastCheck | null {
  const list = checkIndex(frames).get(channel);
  if (!list) return null;
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]! <= at) low = middle + 1;
    else high = middle;
  }
  if (low === 0) return null;
  const frame = frames[list[low - 1]!]!;
  const check = frame.checks.find((c) => c.channel === channel)!;
  return { at: frame.at, outcome: check.outcome };
}
