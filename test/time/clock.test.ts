import { describe, expect, it } from 'vitest';
import { localClock, localTime, parseIsoWithOffset, parseMoment, toIso } from '../../src/time/clock.js';
import { fixedZone, ianaZone } from '../../src/time/zone.js';
import { KST } from '../support/scenarios.js';

describe('toIso', () => {
  it('writes the time at the scenario offset, with seconds always or only when there are any', () => {
    const at = parseIsoWithOffset('2019-03-22T10:00+09:00')!.at;
    expect(toIso(at, KST)).toBe('2019-03-22T10:00:00+09:00');
    expect(toIso(at, KST, 'if-any')).toBe('2019-03-22T10:00+09:00');
    expect(toIso(at + 5000, KST, 'if-any')).toBe('2019-03-22T10:00:05+09:00');
  });

  it('keeps seconds right before 1970, where the remainder of a division is negative', () => {
    expect(toIso(-1000, KST)).toBe('1970-01-01T08:59:59+09:00');
    expect(parseIsoWithOffset(toIso(-1000, KST))!.at).toBe(-1000);
  });
});

describe('parseMoment', () => {
  const at = (text: string) => parseIsoWithOffset(text)!.at;
  it('reads an exact time, or a date and time at the scenario offset', () => {
    expect(parseMoment('2019-03-22T10:00Z', KST)).toBe(at('2019-03-22T10:00Z'));
    expect(parseMoment('2019-03-22', KST)).toBe(at('2019-03-22T00:00+09:00'));
    expect(parseMoment(' 2019-03-22 9:05 ', KST)).toBe(at('2019-03-22T09:05+09:00'));
    expect(parseMoment('2019-03-22T09:05', KST)).toBe(at('2019-03-22T09:05+09:00'));
  });

  it('refuses what is not a real moment', () => {
    expect(parseMoment('2019-02-30', KST)).toBeNull();
    expect(parseMoment('22 March', KST)).toBeNull();
    expect(parseMoment('2019-03-22 25:00', KST)).toBeNull();
  });
});

describe('parseIsoWithOffset', () => {
  it('knows which calendar dates exist, leap days included', () => {
    expect(parseIsoWithOffset('2000-02-29T00:00Z')!.at).toBe(Date.UTC(2000, 1, 29));
    expect(parseIsoWithOffset('2024-02-29T12:00+09:00')!.at).toBe(Date.UTC(2024, 1, 29, 3));
    for (const text of ['1900-02-29T00:00Z', '2023-02-29T00:00Z', '2019-04-31T00:00Z', '2019-13-01T00:00Z'])
      expect(parseIsoWithOffset(text), text).toBeNull();
    expect(parseIsoWithOffset('2019-00-10T00:00Z')).toBeNull();
    expect(parseIsoWithOffset('2019-01-00T00:00Z')).toBeNull();
  });

  it('refuses a time of day or offset out of range, and years before 100 (which Date cannot say)', () => {
    for (const text of [
      '2019-03-22T24:00Z',
      '2019-03-22T10:60Z',
      '2019-03-22T10:00:60Z',
      '2019-03-22T10:00+14:01',
    ])
      expect(parseIsoWithOffset(text), text).toBeNull();
    expect(parseIsoWithOffset('0099-12-31T23:59Z')).toBeNull();
    expect(parseIsoWithOffset('0100-01-01T00:00Z')!.at).toBe(new Date('0100-01-01T00:00Z').getTime());
    expect(parseIsoWithOffset('2019-03-22T10:00:30.5-05:30')).toEqual({
      at: Date.UTC(2019, 2, 22, 15, 30, 30),
      offsetMinutes: -330,
    });
  });
});

describe('localClock', () => {
  it('gives the weekday and clock time localTime gives, before 1970, across daylight saving and at day ends', () => {
    const zones = [KST, fixedZone(-330), fixedZone(0), ianaZone('America/New_York')!];
    const moments = [
      '1969-12-31T23:59:59.999Z',
      '1950-06-25T04:00:00Z',
      '2018-03-11T06:59:00Z',
      '2018-03-11T07:00:00Z',
      '2018-11-04T05:30:00Z',
      '2024-02-29T14:59:30Z',
      '2024-02-29T15:00:00Z',
    ].map((iso) => Date.parse(iso));
    for (const zone of zones)
      for (const at of moments) {
        const { weekday, minutes } = localTime(at, zone);
        expect(localClock(at, zone)).toEqual({ weekday, minutes });
      }
    // Sunday 25 June 1950, 04:00 at +09:00.
    expect(localClock(Date.parse('1950-06-24T19:00:00Z'), KST)).toEqual({ weekday: 0, minutes: 240 });
  });
});
