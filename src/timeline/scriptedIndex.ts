import type { Frame } from './frame.js';

/** The indexes of scripted frames (events and what-ifs), kept per frames array and grown with it. */
const indexes = new WeakMap<readonly Frame[], { list: number[]; upTo: number }>();

const scripted = (frame: Frame) => frame.kind === 'event' || frame.kind === 'what-if';

/** The last `count` scripted frames at or before frame `at`, oldest first; no scan of the frames between. */
export function scriptedUpTo(frames: readonly Frame[], at: number, count: number): Frame[] {
  let index = indexes.get(frames);
  if (!index) indexes.set(frames, (index = { list: [], upTo: 0 }));
  for (; index.upTo < frames.length; index.upTo++)
    if (scripted(frames[index.upTo]!)) index.list.push(index.upTo);
  const { list } = index;
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]! <= at) low = middle + 1;
    else high = middle;
  }
  return list.slice(Math.max(0, low - count), low).map((i) => frames[i]!);
}
