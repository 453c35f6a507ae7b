/**
 * The debrief tells the same story as the board: a silence that began before the scenario
 * (a channel's `initial.since`) is counted from then and said to have begun before it; a
 * channel opening for the first time is not a restore and its wait is not a silence; and a
 * pair never left without a route is not "without a route for 0 min".
 */
import { describe, expect, it } from 'vitest';
import { debrief } from '../../src/analysis/debrief.js';
import { renderExport } from '../../src/export/exportScenario.js';
import { openScenario, openScenarioText } from '../../src/session/open.js';
import type { Timeline } from '../../src/timeline/timeline.js';
import { debriefLines } from '../../src/words/debrief.js';
import { speakerFor } from '../../src/words/speaker.js';
import { cli } from '../support/cli.js';

function opened(ref: string): Timeline {
  const result = openScenario(ref);
  if (!result.ok) throw new Error(`${ref} did not open`);
  return result.timeline;
}

const reopening = opened('reopening-2018');
const figures = debrief(reopening);
const channel = (id: string) => figures.channels.find((c) => c.id === id)!;
const lines = debriefLines(figures, reopening.scenario, speakerFor(reopening.scenario));
const linesOf = (name: string) => {
  const at = lines.findIndex((l) => l.startsWith(`${name}:`));
  const next = lines.findIndex((l, i) => i > at && !l.startsWith('  '));
  return lines.slice(at, next);
};

describe('a silence that began before the scenario', () => {
  it('is counted from the date the file gives, as the board says "since 11 Feb 2016"', () => {
    expect(channel('liaison').longestSilence).toEqual({
      from: '2016-02-11T00:00:00+09:00',
      to: '2018-01-03T15:30:00+09:00',
      ms: Date.parse('2018-01-03T15:30:00+09:00') - Date.parse('2016-02-11T00:00:00+09:00'),
      ongoing: false,
      beganBeforeStart: true,
    });
    expect(linesOf('Panmunjom liaison line')).toContain(
      '  longest silence 1 year 10 months: 11 Feb 2016, before this scenario starts – 3 Jan 2018 15:30',
    );
    expect(reopening.frames[0]!.channels['liaison']!.reason).toContain('since 11 Feb 2016');
  });

  it('says so in the answer key, in both languages, and in run --json', async () => {
    const key = renderExport(reopening, 'html', { answers: true, ref: 'reopening-2018' });
    expect(key).toContain('11 Feb 2016, before this scenario starts');
    expect(key).not.toContain('7 h 30 min (3 Jan 2018 08:00');
    const ko = renderExport(reopening, 'md', { answers: true, ref: 'reopening-2018', lang: 'ko' });
    expect(ko).toContain('(이 시나리오 시작 전)');
    const json = JSON.parse((await cli(['run', 'reopening-2018', '--json'])).stdout);
    const liaison = json.debrief.channels.find((c: { id: string }) => c.id === 'liaison');
    expect(liaison.longestSilence).toMatchObject({
      from: '2016-02-11T00:00:00+09:00',
      beganBeforeStart: true,
    });
  });

  it('starts with the scenario when the file gives no earlier date', () => {
    const silence = channel('east-sea').longestSilence!;
    expect(silence.from).toBe('2010-11-01T00:00:00+09:00');
    const withoutSince = opened('march-2019-withdrawal');
    const silences = debrief(withoutSince).channels.flatMap((c) =>
      c.longestSilence ? [c.longestSilence] : [],
    );
    expect(silences.length).toBeGreaterThan(0);
    for (const s of silences) expect(s.beganBeforeStart).toBe(false);
  });
});

describe('a channel that opens for the first time', () => {
  it('is opened, not restored, and had no silence before it', () => {
    for (const id of ['leaders', 'office', 'general-talks']) {
      expect(channel(id).restores, id).toEqual({ total: 0, by: {} });
      expect(channel(id).longestSilence, id).toBeNull();
      expect(channel(id).firstOpened?.by, id).toBe('both');
    }
    expect(channel('office').firstOpened!.at).toBe('2018-09-14T10:30:00+09:00');
    const leaders = linesOf("Leaders' hotline (Seoul - Pyongyang)");
    expect(leaders).toContain('  opened for the first time 20 Apr 2018 15:00, by both sides');
    expect(leaders.join('\n')).not.toMatch(/restored|silence/);
    const key = renderExport(reopening, 'md', { answers: true, ref: 'reopening-2018' });
    expect(key).toContain('first opened by both sides');
  });

  it('and a line restored after a real silence is still a restore', () => {
    expect(channel('liaison').restores).toEqual({ total: 1, by: { north: 1 } });
    expect(channel('liaison').firstOpened).toBeNull();
  });
});

describe('two sides with a route through another party the whole time', () => {
  const timeline = (() => {
    const result = openScenarioText(
      `id: routed
title: A relay the whole time
start: 2020-06-01T00:00+09:00
end: 2020-06-03T00:00+09:00
zone: KST
parties:
  east: { name: East }
  west: { name: West }
  third: { name: Third }
channels:
  direct: { kind: hotline, name: Direct line }
  relay: { kind: relay, name: Relay, via: third }
events:
  - at: 2020-06-01T12:00+09:00
    side: nature
    channel: direct
    do: break
    narrate: The direct line breaks.
`,
      'routed.yaml',
    );
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    return result.timeline;
  })();

  it('is without a direct channel for a while, never "without a route for 0 min"', () => {
    const d = debrief(timeline);
    expect(d.sides.noDirectMs).toBeGreaterThan(0);
    expect(d.sides.unreachableMs).toBe(0);
    const all = debriefLines(d, timeline.scenario, speakerFor(timeline.scenario)).join('\n');
    expect(all).toContain(
      'East ⇄ West: no direct channel for 1 d 12 h (75%), but a route through another party the whole time',
    );
    expect(all).not.toMatch(/no route at all for 0/);
    const handout = renderExport(timeline, 'md', { answers: true, ref: 'routed.yaml' });
    expect(handout).toContain(
      'East and West had no direct channel for 1 d 12 h, but a route through another party the whole time.',
    );
  });
});
