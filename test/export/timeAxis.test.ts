import { describe, expect, it } from 'vitest';
import { timeAxis } from '../../src/export/timeAxis.js';
import { fixedZone } from '../../src/time/zone.js';
import { KST, kst } from '../support/scenarios.js';

const labels = (ticks: { label: string }[]) => ticks.map((t) => t.label);

describe('timeAxis', () => {
  it('uses days for a week, with the month underneath', () => {
    const axis = timeAxis(kst('2020-06-01T00:00'), kst('2020-06-07T18:00'), KST, 900, 96);
    expect(labels(axis.ticks)).toEqual(['Mon 1', 'Tue 2', 'Wed 3', 'Thu 4', 'Fri 5', 'Sat 6', 'Sun 7']);
    expect(axis.ticks[0]!.at).toBe(kst('2020-06-01T00:00'));
    expect(labels(axis.context)).toEqual(['Jun 2020']);
  });

  it('uses hours for a day (every 3 h at this width), with the date underneath', () => {
    const axis = timeAxis(kst('2020-06-09T08:00'), kst('2020-06-09T20:00'), KST, 900, 96);
    expect(labels(axis.ticks)).toEqual(['09:00', '12:00', '15:00', '18:00']);
    expect(labels(axis.context)).toEqual(['Tue 9 Jun 2020']);
  });

  it('uses half years for three years, aligned on January and July, with years underneath', () => {
    const axis = timeAxis(kst('2020-06-09T11:00'), kst('2023-04-13T18:00'), KST, 900, 96);
    expect(labels(axis.ticks)).toEqual(['Jul', 'Jan', 'Jul', 'Jan', 'Jul', 'Jan']);
    expect(axis.ticks[0]!.at).toBe(kst('2020-07-01T00:00'));
    expect(labels(axis.context)).toEqual(['2020', '2021', '2022', '2023']);
  });

  it('uses years for 2018 to 2023, named in the middle of each, with quarters between', () => {
    const start = kst('2018-01-03T08:00');
    const end = kst('2023-04-13T18:00');
    const axis = timeAxis(start, end, KST, 900, 96);
    expect(axis.ticks.map((t) => t.at)).toEqual(
      ['2019', '2020', '2021', '2022', '2023'].map((y) => kst(`${y}-01-01T00:00`)),
    );
    expect(axis.centered).toBe(true);
    expect(labels(axis.context)).toEqual(['2018', '2019', '2020', '2021', '2022', '2023']);
    expect(axis.context[1]!.at).toBe((kst('2019-01-01T00:00') + kst('2020-01-01T00:00')) / 2);
    expect(axis.context[5]!.at).toBe((kst('2023-01-01T00:00') + end) / 2);
    // Quarters: Apr, Jul, Oct of 2018 to 2022 and Apr 2023.
    expect(axis.minor).toHaveLength(16);
    expect(axis.minor[0]).toBe(kst('2018-04-01T00:00'));
  });

  it('keeps calendar boundaries at the scenario offset, not UTC', () => {
    const axis = timeAxis(Date.UTC(2019, 0, 1), Date.UTC(2021, 0, 1), fixedZone(-300), 900, 96);
    // Midnight on 1 January at UTC-05:00 is 05:00 UTC.
    expect(axis.ticks.map((t) => new Date(t.at).toISOString()).filter((s) => s.includes('-01-01'))).toEqual([
      '2019-01-01T05:00:00.000Z',
      '2020-01-01T05:00:00.000Z',
    ]);
    expect(axis.ticks[0]!.label).toBe('Jan');
  });
});
