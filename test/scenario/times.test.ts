import { describe, expect, it } from 'vitest';
import { formatRunText } from '../../src/report/text.js';
import { parseScenarioText } from '../../src/scenario/load.js';
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

describe('the times outside the events, without an offset, in an IANA zone', () => {
  const text = [
    'id: outside',
    'title: Outside',
    'start: 2019-03-08T00:00',
    'end: 2019-03-12T23:00',
    'zone: America/New_York',
    'parties: { south: { name: S }, north: { name: N } }',
    'channels: { line: { kind: hotline, name: Line, initial: { since: 2019-03-01T12:00 } } }',
    'events:',
    '  - { at: 2019-03-09T10:00, side: north, channel: line, do: degrade }',
    'questions: [{ at: 2019-03-11T10:00, ask: Who?, answer: No one. }]',
    'checkpoints: [{ at: 2019-03-10T10:00, expect: { line: degraded } }]',
  ].join('\n');

  it.each([true, false])(
    'are each read in the zone, on either side of the change to summer time (fast path: %s)',
    (fastPath) => {
      const loaded = parseScenarioText(text, 'outside.yaml', 'en', { fastPath });
      if (!loaded.ok) throw new Error(loaded.problems.map((p) => formatProblem(p)).join('\n'));
      const { scenario } = loaded;
      const iso = (at: number | undefined) => (at === undefined ? undefined : new Date(at).toISOString());
      expect(iso(scenario.start)).toBe('2019-03-08T05:00:00.000Z');
      expect(iso(scenario.end)).toBe('2019-03-13T03:00:00.000Z');
      expect(iso(scenario.channels[0]!.initial.since)).toBe('2019-03-01T17:00:00.000Z');
      expect(iso(scenario.questions[0]!.at)).toBe('2019-03-11T14:00:00.000Z');
      expect(iso(scenario.checkpoints![0]!.at)).toBe('2019-03-10T14:00:00.000Z');
    },
  );
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
    // 02:30 on 31 March does not exist in Berlin; 03:30 does (02:30 in October is twice: below).
    expect(opened.warnings.map((p) => formatProblem(p))[0]).toBe(
      'berlin.yaml:9:11: the local time "2024-03-31T02:30" does not exist in Europe/Berlin: the clocks skip it that night, so it is read as 03:30\n  hint: write a time that exists, or give the offset the event really had (e.g. +01:00)',
    );
    expect(opened.warnings).toHaveLength(2);
    const ko = openScenarioText(text, 'berlin.yaml', 'ko');
    expect(ko.ok).toBe(true);
    if (!ko.ok) return;
    expect(ko.warnings.map((p) => p.message)[0]).toBe(
      '현지 시각 "2024-03-31T02:30"은 Europe/Berlin에 없는 시각입니다: 그날 밤 시계가 이 시각을 건너뛰므로 03:30으로 읽습니다',
    );
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

describe('a local time the clocks show twice', () => {
  const text = file('start: 2019-11-02T08:00\nend: 2019-11-05T00:00\nzone: America/New_York', [
    'at: 2019-11-03T00:30, do: break',
    'at: 2019-11-03T01:30, do: repair',
    'at: 2019-11-03T01:59:30, do: degrade',
    'at: 2019-11-03T02:00, do: repair',
  ]);

  it('is said, at its place, with the occurrence taken and how to write the other; the file loads', () => {
    const opened = openScenarioText(text, 'ny.yaml');
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    // 00:30 and 02:00 happen once; 01:00 to 01:59 happen at -04:00 (EDT), then at -05:00 (EST).
    expect(opened.warnings.map((p) => formatProblem(p))).toEqual([
      'ny.yaml:10:11: the local time "2019-11-03T01:30" happens twice in America/New_York: the clocks go back that night, so it is read as the first, at -04:00\n  hint: write "2019-11-03T01:30-05:00" for the second, or "2019-11-03T01:30-04:00" to keep the first',
      'ny.yaml:11:11: the local time "2019-11-03T01:59:30" happens twice in America/New_York: the clocks go back that night, so it is read as the first, at -04:00\n  hint: write "2019-11-03T01:59:30-05:00" for the second, or "2019-11-03T01:59:30-04:00" to keep the first',
    ]);
    // Read as the first: 05:30 UTC, an hour before the second (06:30 UTC).
    expect(opened.scenario.events[1]!.at).toBe(Date.parse('2019-11-03T05:30:00Z'));
  });

  it('is said in Korean too', () => {
    const ko = openScenarioText(text, 'ny.yaml', 'ko');
    expect(ko.ok).toBe(true);
    if (!ko.ok) return;
    expect(ko.warnings.map((p) => [p.message, p.hint])[0]).toEqual([
      '현지 시각 "2019-11-03T01:30"은 America/New_York에서 두 번 있습니다: 그날 밤 시계를 되돌리므로 첫 번째(-04:00)로 읽습니다',
      '두 번째라면 "2019-11-03T01:30-05:00", 첫 번째라면 "2019-11-03T01:30-04:00"처럼 오프셋을 붙여 쓰세요',
    ]);
  });

  it('is not a warning once an offset says which', () => {
    const said = openScenarioText(
      file('start: 2019-11-02T08:00\nend: 2019-11-05T00:00\nzone: America/New_York', [
        'at: 2019-11-03T01:30-04:00, do: break',
        'at: 2019-11-03T01:30-05:00, do: repair',
      ]),
      'ny.yaml',
    );
    expect(said.ok).toBe(true);
    if (said.ok) expect(said.warnings).toEqual([]);
  });
});
