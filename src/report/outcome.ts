/**
 * What a whole run came to, shared by the text and JSON reports so they always agree:
 * expectation results, the channels at the end, and whether the two sides can still talk.
 */
import type { ChannelView } from '../channels/status.js';
import { reachSides, type PairReach } from '../analysis/reachability.js';
import type { ExpectationResult, Frame } from '../timeline/frame.js';
import { indexAtOrBefore } from '../timeline/frameAt.js';
import type { Timeline } from '../timeline/timeline.js';

export interface LocatedExpectation extends ExpectationResult {
  frame: number;
  at: number;
}

export interface RunOutcome {
  expectations: LocatedExpectation[];
  passed: number;
  failed: number;
  last: Frame;
  reach: PairReach;
}

export function runOutcome(timeline: Timeline): RunOutcome {
  const expectations = timeline.frames.flatMap((frame) =>
    frame.expectations.map((e) => ({ ...e, frame: frame.index, at: frame.at })),
  );
  const passed = expectations.filter((e) => e.ok).length;
  const last = timeline.frames[timeline.frames.length - 1]!;
  return {
    expectations,
    passed,
    failed: expectations.length - passed,
    last,
    reach: reachSides(timeline.scenario, last.channels),
  };
}

/** The last frame at or before `at` (the first frame when `at` is earlier than all). */
export function frameAt(timeline: Timeline, at: number): Frame {
  return timeline.frames[Math.max(0, indexAtOrBefore(timeline.frames, at))]!;
}

export type Views = Readonly<Record<string, ChannelView>>;
