import { describe, expect, it } from 'vitest';
import { parseIsoWithOffset, toIso } from '../../src/time/clock.js';

describe('toIso', () => {
  it('writes the time at the scenario offset, with seconds always or only when there are any', () => {
    const at = parseIsoWithOffset('2019-03-22T10:00+09:00')!.at;
    expect(toIso(at, 540)).toBe('2019-03-22T10:00:00+09:00');
    expect(toIso(at, 540, 'if-any')).toBe('2019-03-22T10:00+09:00');
    expect(toIso(at + 5000, 540, 'if-any')).toBe('2019-03-22T10:00:05+09:00');
  });

  it('keeps seconds right before 1970, where the remainder of a division is negative', () => {
    expect(toIso(-1000, 540)).toBe('1970-01-01T08:59:59+09:00');
    expect(parseIsoWithOffset(toIso(-1000, 540))!.at).toBe(-1000);
  });
});
