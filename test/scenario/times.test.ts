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
