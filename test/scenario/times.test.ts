import { describe, expect, it } from 'vitest';
import { formatRunText } from '../../src/report/text.js';
import { formatProblem, openScenarioText } from '../../src/session/open.js';

const file = (head: string, events: string[]) =>
  [
    'id: times',
    'title: Times',
    head,
    'parties: { south: { name: S }, north: { name: N } }',
    "channels: { line: { kind: hotline, name: Line, checks: { at: ['09:00'], days: daily } } }",
    'events:',
    ...events.map((e) => `  - { ${e}, side: north, channel: line }`),
  ].join('\n');

describe('a scenario in an IANA time zone', () => {
  const text = file('start: 2019-03-08T00:00\nend: 2019-03-12T23:00\nzone: America/New_York', [
    'at: 2019-03-09T10:00, do: degrade',
    'at: 2019-03-11T10:00-05:00, do: repair',
  ]);
  const opened = openScenarioText(text, 'ny.yaml');
  if (!opened.ok) throw new Error(opened.problems.map((p) => formatProblem(p)).join('\n'));

  it('reads a time without an offset in the zone, and shows local time with daylight saving', () => {
    expect(opened.scenario.start).toBe(Date.parse('2019-03-08T05:00Z'));
    expect(opened.scenario.events[0]!.at).toBe(Date.parse('2019-03-09T15:00Z'));
    const report = formatRunText(opened.timeline);
    expect(report).toContain('Fri 8 Mar 2019 00:00 EST to Tue 12 Mar 2019 23:00 EDT');
  });

  it('keeps the 09:00 check at 09:00 local across the change to summer time', () => {
    const checks = opened.timeline.frames
      .filter((f) => f.kind === 'checks')
      .map((f) => new Date(f.at).toISOString());
    expect(checks).toEqual([
      '2019-03-08T14:00:00.000Z',
      '2019-03-09T14:00:00.000Z',
      '2019-03-10T13:00:00.000Z',
      '2019-03-11T13:00:00.000Z',
      '2019-03-12T13:00:00.000Z',
    ]);
  });

  it('warns, with its place, of a time whose offset is not the zone’s at that moment, and still loads', () => {
    expect(opened.warnings.map((p) => formatProblem(p))).toEqual([
      'ny.yaml:10:11: the time "2019-03-11T10:00-05:00" has the offset -05:00, but America/New_York is at -04:00 then\n  hint: the time counts as written; check that the offset is not a slip',
    ]);
  });
});

describe('a scenario at a fixed offset', () => {
  it('warns of a time whose offset differs from the rest of the file', () => {
    const opened = openScenarioText(
      file('start: 2019-03-21T09:00+08:00', [
        'at: 2019-03-22T10:00+08:00, do: break',
        'at: 2019-03-22T11:00+09:00, do: repair',
      ]),
      'mixed.yaml',
    );
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.warnings.map((w) => formatProblem(w).split('\n')[0])).toEqual([
      'mixed.yaml:8:11: the time "2019-03-22T11:00+09:00" has the offset +09:00, unlike the rest of the file (+08:00)',
    ]);
  });
});

describe('a local time the clocks skip', () => {
  const text = file('start: 2024-03-30T08:00\nend: 2024-11-01T00:00\nzone: Europe/Berlin', [
    'at: 2024-03-31T02:30, do: break',
    'at: 2024-03-31T03:30, do: repair',
    'at: 2024-10-27T02:30, do: degrade',
  ]);

  it('is said, at its place, with what it is read as, in either language; the file still loads', () => {
    const opened = openScenarioText(text, 'berlin.yaml');
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    // 02:30 on 31 March does not exist in Berlin; 03:30 does, and so does 02:30 in October (twice).
    expect(opened.warnings.map((p) => formatProblem(p))).toEqual([
      'berlin.yaml:9:11: the local time "2024-03-31T02:30" does not exist in Europe/Berlin: the clocks skip it that night, so it is read as 03:30\n  hint: write a time that exists, or give the offset the event really had (e.g. +01:00)',
    ]);
    const ko = openScenarioText(text, 'berlin.yaml', 'ko');
    expect(ko.ok).toBe(true);
    if (!ko.ok) return;
    expect(ko.warnings.map((p) => p.message)).toEqual([
      '현지 시각 "2024-03-31T02:30"은 Europe/Berlin에 없는 시각입니다: 그날 밤 시계가 이 시각을 건너뛰므로 03:30으로 읽습니다',
    ]);
  });

  it('is not a warning where no zone is named: a fixed offset has no gap', () => {
    const fixed = openScenarioText(
      file('start: 2024-03-30T08:00+01:00', ['at: 2024-03-31T02:30+01:00, do: break']),
      'fixed.yaml',
    );
    expect(fixed.ok).toBe(true);
    if (fixed.ok) expect(fixed.warnings).toEqual([]);
  });
});
