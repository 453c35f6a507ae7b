import { describe, expect, it } from 'vitest';
import { indexAtOrAfter, indexAtOrBefore, placeMoment } from '../../src/timeline/frameAt.js';

describe('finding frames by time', () => {
  const frames = [{ at: 10 }, { at: 20 }, { at: 20 }, { at: 30 }];

  it('finds the first frame at or after a time', () => {
    expect([5, 10, 11, 20, 30].map((at) => indexAtOrAfter(frames, at))).toEqual([0, 0, 1, 1, 3]);
    expect(indexAtOrAfter(frames, 31)).toBe(4);
    expect(indexAtOrAfter([], 0)).toBe(0);
  });

  it('finds the last frame at or before a time', () => {
    expect([10, 19, 20, 29, 30, 99].map((at) => indexAtOrBefore(frames, at))).toEqual([0, 0, 2, 2, 3, 3]);
    expect(indexAtOrBefore(frames, 9)).toBe(-1);
  });
});

describe('where a moment falls among the frames', () => {
  const frames = [{ at: 10 }, { at: 20 }, { at: 30 }];
  it('is a step, between two steps (the earlier one holds), before the start or after the end', () => {
    expect(placeMoment(frames, 20)).toEqual({ kind: 'on-step', index: 1 });
    expect(placeMoment(frames, 25)).toEqual({ kind: 'between', index: 1, next: 2 });
    expect(placeMoment(frames, 9)).toEqual({ kind: 'before-start' });
    expect(placeMoment(frames, 31)).toEqual({ kind: 'after-end', index: 2 });
    // Past the scenario's end, when given: after the last step but not past the end is the last step.
    expect(placeMoment(frames, 31, 40)).toEqual({ kind: 'after-end', index: 2 });
    expect(placeMoment(frames, 40, 40)).toEqual({ kind: 'after-end', index: 2 });
    expect(placeMoment(frames, 41, 40)).toEqual({ kind: 'past-end', end: 40 });
    expect(placeMoment(frames, 9, 40)).toEqual({ kind: 'before-start' });
  });
});
