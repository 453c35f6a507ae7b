import { describe, expect, it } from 'vitest';
import { lengthAsSpan } from '../../src/time/span.js';
import { fixedZone } from '../../src/time/zone.js';
import { speakerFor } from '../../src/words/speaker.js';

const DAY = 24 * 60 * 60_000;
const HOUR = 60 * 60_000;
const scenario = { parties: [], zone: fixedZone(9 * 60, 'KST') };

describe('lengths of time in the debrief', () => {
  const en = speakerFor(scenario, 'en');
  const ko = speakerFor(scenario, 'ko');

  it('read in years and months once they reach two months', () => {
    expect(en.duration(1926 * DAY + 10 * HOUR)).toBe('5 years 3 months');
    expect(en.duration(138 * DAY + 10 * HOUR)).toBe('4 months 16 days');
    expect(ko.duration(8595 * DAY + 3 * HOUR)).toBe('23년 6개월');
  });

  it('stay in days and hours below that', () => {
    expect(en.duration(5 * DAY + 10 * HOUR)).toBe('5 d 10 h');
    expect(en.duration(60 * DAY + 10 * HOUR)).toBe('60 d 10 h');
    expect(en.duration(61 * DAY)).toBe('2 months');
    expect(ko.duration(2 * DAY + 22 * HOUR)).toBe('2일 22시간');
  });

  it('add up: the units of a length make the length, to the minute', () => {
    for (const ms of [61 * DAY, 400 * DAY + 5 * HOUR, 8595 * DAY + 3 * HOUR]) {
      const s = lengthAsSpan(ms);
      expect(s.months).toBeLessThan(12);
      expect(s.days).toBeLessThan(31);
    }
  });
});
