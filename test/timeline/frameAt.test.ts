import { describe, expect, it } from 'vitest';
import { indexAtOrAfter, indexAtOrBefore } from '../../src/timeline/frameAt.js';

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
