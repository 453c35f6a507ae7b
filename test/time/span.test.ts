import { describe, expect, it } from 'vitest';
import { leadingUnits, spanBetween } from '../../src/time/span.js';
import { en } from '../../src/words/en.js';
import { ko } from '../../src/words/ko.js';
import { sayDistance } from '../../src/words/moment.js';
import { fixedZone } from '../../src/time/zone.js';
import { KST } from '../support/scenarios.js';

const at = (iso: string) => Date.parse(iso);

describe('the span between two moments', () => {
  it('counts whole calendar months before days, at the scenario offset', () => {
    expect(spanBetween(at('2020-12-25T00:00+09:00'), at('2021-07-27T10:00+09:00'), KST)).toEqual({
      years: 0,
      months: 7,
      days: 2,
      hours: 10,
      minutes: 0,
    });
    // Either order, and a month end clamps: 31 Jan + 1 month is 28 Feb.
    expect(spanBetween(at('2019-03-01T00:00Z'), at('2019-01-31T00:00Z'), fixedZone(0))).toMatchObject({
      months: 1,
      days: 1,
    });
    expect(spanBetween(at('2018-01-03T08:00+09:00'), at('2023-04-13T18:00+09:00'), KST)).toMatchObject({
      years: 5,
      months: 3,
      days: 10,
      hours: 10,
    });
  });

  it('says the two largest units that are not zero', () => {
    const span = spanBetween(at('2020-06-16T14:49+09:00'), at('2020-12-25T00:00+09:00'), KST);
    expect(leadingUnits(span)).toEqual([
      ['months', 6],
      ['days', 8],
    ]);
    expect(sayDistance(en, at('2019-01-01T00:00Z'), at('2019-01-01T01:30Z'), fixedZone(0))).toBe(
      '1 hour 30 minutes',
    );
    expect(sayDistance(en, at('2019-01-01T00:00Z'), at('2020-01-01T00:05Z'), fixedZone(0))).toBe('1 year');
    expect(sayDistance(ko, at('2019-01-01T00:00Z'), at('2019-03-04T00:00Z'), fixedZone(0))).toBe('2개월 3일');
  });
});
