import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCAL, readTime, time } from '../../src/scenario/fields.js';
import { parseIsoWithOffset } from '../../src/time/clock.js';

const isTime = (text: string) => readTime(text) !== null;

const digits = (n: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n });
/** Texts shaped like times, mostly near the rules' edges: odd days, offsets, fractions, years. */
const timeLike = fc
  .tuple(
    fc.oneof(digits(4), fc.constantFrom(['0', '0', '9', '9'], ['2', '0', '1', '9'], ['1', '0', '0', '0'])),
    fc.oneof(digits(2), fc.constantFrom(['0', '2'], ['1', '3'])),
    fc.oneof(digits(2), fc.constantFrom(['2', '9'], ['3', '1'], ['0', '0'])),
    digits(2),
    digits(2),
    fc.constantFrom('', ':00', ':59', ':60', ':00.5', '.5'),
    fc.constantFrom('', 'Z', '+09:00', '-04:30', '+14:00', '+15:00', '+9:00', 'z'),
    fc.constantFrom('T', ' ', 't'),
  )
  .map(
    ([y, mo, d, h, mi, s, off, t]) =>
      `${y.join('')}-${mo.join('')}-${d.join('')}${t}${h.join('')}:${mi.join('')}${s}${off}`,
  );

describe('readTime', () => {
  it('takes exactly the texts the schema takes as a time', () => {
    fc.assert(
      fc.property(fc.oneof(timeLike, fc.string(), fc.constant('2019-03-22')), (text) => {
        expect(isTime(text)).toBe(time.safeParse(text).success);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads what the time writes, once: its instant and offset, or LOCAL without an offset', () => {
    fc.assert(
      fc.property(timeLike, (text) => {
        const read = readTime(text);
        if (read === null) return;
        expect(read).toEqual(parseIsoWithOffset(text) ?? LOCAL);
      }),
      { numRuns: 3000 },
    );
    expect(readTime('2019-03-22T10:00')).toBe(LOCAL);
    expect(readTime('2019-03-22T10:00+09:00')).toEqual({ at: Date.UTC(2019, 2, 22, 1), offsetMinutes: 540 });
  });

  it('takes a usual time and refuses an impossible one', () => {
    expect(isTime('2019-03-22T10:00+09:00')).toBe(true);
    expect(isTime('2019-02-30T10:00+09:00')).toBe(false);
    expect(isTime('0099-03-22T10:00+09:00')).toBe(false);
  });
});
