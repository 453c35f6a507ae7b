import { describe, expect, it } from 'vitest';
import { addLocalDays, formatLong, localMidnight, parseLocalIso, toIso } from '../../src/time/clock.js';
import { fixedZone, ianaZone } from '../../src/time/zone.js';

const utc = (text: string) => Date.parse(text);

describe('fixedZone', () => {
  it('keeps one offset and the label it was given, default UTC±hh:mm', () => {
    const kst = fixedZone(540, 'KST');
    expect(kst.offsetAt(0)).toBe(540);
    expect(kst.label(0)).toBe('KST');
    expect(fixedZone(-270).label(0)).toBe('UTC-04:30');
    expect(kst.instant(2019, 3, 22, 600)).toBe(utc('2019-03-22T01:00Z'));
  });
});

describe('ianaZone', () => {
  const ny = ianaZone('America/New_York')!;

  it('knows daylight saving from the tz database, with the abbreviation ICU has', () => {
    expect(ny.offsetAt(utc('2019-01-15T12:00Z'))).toBe(-300);
    expect(ny.offsetAt(utc('2019-07-15T12:00Z'))).toBe(-240);
    expect(ny.label(utc('2019-01-15T12:00Z'))).toBe('EST');
    expect(ny.label(utc('2019-07-15T12:00Z'))).toBe('EDT');
    expect(formatLong(utc('2019-07-15T14:00Z'), ny)).toBe('Mon 15 Jul 2019 10:00 EDT');
    expect(toIso(utc('2019-07-15T14:00Z'), ny, 'if-any')).toBe('2019-07-15T10:00-04:00');
  });

  it('says UTC+09:00 where ICU has no abbreviation', () => {
    const seoul = ianaZone('Asia/Seoul')!;
    expect(seoul.label(utc('2019-03-22T01:00Z'))).toBe('UTC+09:00');
    // Seoul kept summer time in 1988.
    expect(seoul.offsetAt(utc('1988-07-01T00:00Z'))).toBe(600);
  });

  it('reads a wall-clock time in force at that date, the skipped hour forward and the doubled one first', () => {
    expect(parseLocalIso('2019-07-15T10:00', ny)).toBe(utc('2019-07-15T14:00Z'));
    expect(parseLocalIso('2019-01-15T10:00', ny)).toBe(utc('2019-01-15T15:00Z'));
    // 10 March 2019 02:30 does not exist in New York: it reads as 03:30 EDT.
    expect(parseLocalIso('2019-03-10T02:30', ny)).toBe(utc('2019-03-10T07:30Z'));
    // 3 November 2019 01:30 happens twice: the first, still EDT.
    expect(parseLocalIso('2019-11-03T01:30', ny)).toBe(utc('2019-11-03T05:30Z'));
    expect(parseLocalIso('2019-02-30T10:00', ny)).toBeNull();
  });

  it('moves by calendar days, 23 or 25 hours long across a change', () => {
    const before = localMidnight(utc('2019-03-09T17:00Z'), ny);
    expect(before).toBe(utc('2019-03-09T05:00Z'));
    expect(addLocalDays(before, 1, ny)).toBe(utc('2019-03-10T05:00Z'));
    expect(addLocalDays(before, 2, ny)).toBe(utc('2019-03-11T04:00Z'));
    expect(addLocalDays(before, 2, ny) - addLocalDays(before, 1, ny)).toBe(23 * 3600_000);
  });

  it('reads a wall-clock time given as UTC milliseconds as it reads the same date and time', () => {
    const zones = [ny, ianaZone('Pacific/Apia')!, ianaZone('Australia/Lord_Howe')!, fixedZone(-270)];
    // Either side of New York's changes in 2019, and Apia's skipped day in 2011.
    const dates: [number, number, number][] = [
      [2019, 3, 10],
      [2019, 11, 3],
      [2011, 12, 29],
      [2011, 12, 30],
    ];
    for (const zone of zones)
      for (const [year, month, day] of dates)
        for (const minutes of [0, 90, 150, 23 * 60 + 59])
          expect(zone.wallInstant(Date.UTC(year, month - 1, day, 0, minutes))).toBe(
            zone.instant(year, month, day, minutes),
          );
    expect(ny.wallInstant(utc('2019-03-10T02:30Z'))).toBe(utc('2019-03-10T07:30Z'));
  });

  it('refuses names the runtime does not know, and labels', () => {
    expect(ianaZone('America/New_Yrok')).toBeNull();
    expect(ianaZone('KST')).toBeNull();
  });
});
