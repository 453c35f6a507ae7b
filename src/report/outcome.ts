/**
 * What a whole run came to, shared by the text and JSON reports so they always agree:
 * expectation results, the channels at the end, and whether the two sides can still talk.
 */
import type { ChannelView } from '../channels/status.js';
import { reachSides, type PairReach } from '../analysis/reachability.js';
import { statusOf, type ReachExpectation } from '../model/scenario.js';
import { own } from '../model/own.js';
import type { ExpectationResult, Frame } from '../timeline/frame.js';
import { indexAtOrBefore } from '../timeline/frameAt.js';
import type { Timeline } from '../timeline/timeline.js';

export interface LocatedExpectation extends ExpectationResult {
  frame: number;
  at: number;
}

/** A reachability expectation's result: whether the sides could reach each other, or the last links. */
export interface ReachResult {
  about: 'reachable' | 'last-link';
  expected: string;
  actual: string;
  ok: boolean;
  frame: number;
  at: number;
  /** The checkpoint it belongs to (its index in the file), or null for an event's. */
  checkpoint: number | null;
}

export interface RunOutcome {
  /** Status expectations: the events', then the checkpoints' (located at the frame then in force). */
  expectations: LocatedExpectation[];
  reach: PairReach;
  reachExpectations: ReachResult[];
  passed: number;
  failed: number;
  last: Frame;
}

const linkWords = (links: readonly string[]) => (links.length === 0 ? 'none' : links.join(', '));

/** How a reachability expectation came out against the views of one frame. */
function reachResults(
  timeline: Timeline,
  frame: Frame,
  expected: ReachExpectation,
  at: number,
  checkpoint: number | null,
): ReachResult[] {
  const reach = reachSides(timeline.scenario, frame.channels);
  const results: ReachResult[] = [];
  const base = { frame: frame.index, at, checkpoint };
  if (expected.reachable !== undefined)
    results.push({
      about: 'reachable',
      expected: String(expected.reachable),
      actual: String(reach.reachable),
      ok: expected.reachable === reach.reachable,
      ...base,
    });
  if (expected.lastLinks !== undefined) {
    const want = linkWords(expected.lastLinks);
    const got = linkWords(reach.lastLinks);
    results.push({ about: 'last-link', expected: want, actual: got, ok: want === got, ...base });
  }
  return results;
}

/** The checkpoints' status expectations, each against the frame in force at its moment. */
function checkpointExpectations(timeline: Timeline): LocatedExpectation[] {
  return (timeline.scenario.checkpoints ?? []).flatMap((c) => {
    const frame = frameAt(timeline, c.at);
    return c.expect.map(({ channel, status }) => {
      const actual = statusOf(own(frame.channels, channel));
      return { channel, expected: status, actual, ok: actual === status, frame: frame.index, at: c.at };
    });
  });
}

export function runOutcome(timeline: Timeline): RunOutcome {
  const expectations = [
    ...timeline.frames.flatMap((frame) =>
      frame.expectations.map((e) => ({ ...e, frame: frame.index, at: frame.at })),
    ),
    ...checkpointExpectations(timeline),
  ];
  const reachExpectations = [
    ...timeline.frames.flatMap((frame) =>
      frame.event?.reach && frame.kind !== 'what-if'
        ? reachResults(timeline, frame, frame.event.reach, frame.at, null)
        : [],
    ),
    ...(timeline.scenario.checkpoints ?? []).flatMap((c, i) =>
      c.reach ? reachResults(timeline, frameAt(timeline, c.at), c.reach, c.at, i) : [],
    ),
  ];
  const all = [...expectations, ...reachExpectations];
  const passed = all.filter((e) => e.ok).length;
  const last = timeline.frames[timeline.frames.length - 1]!;
  return {
    expectations,
    passed,
    failed: all.length - passed,
    reachExpectations,
    last,
    reach: reachSides(timeline.scenario, last.channels),
  };
}

/** The last frame at or before `at` (the first frame when `at` is earlier than all). */
export function frameAt(timeline: Timeline, at: number): Frame {
  return timeline.frames[Math.max(0, indexAtOrBefore(timeline.frames, at))]!;
}

export type Views = Readonly<Record<string, ChannelView>>;
