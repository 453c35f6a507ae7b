import { describe, expect, it } from 'vitest';
import { debrief } from '../../src/analysis/debrief.js';
import { debriefLines } from '../../src/words/debrief.js';
import { speakerFor } from '../../src/words/speaker.js';
import { simulate } from '../../src/timeline/simulate.js';
import { talksFortnight } from '../support/talks.js';

describe('debrief of recurring talks', () => {
  const scenario = talksFortnight();
  const figures = debrief(simulate(scenario));
  const talks = figures.channels.find((c) => c.id === 'talks')!;
  const lines = (lang: 'en' | 'ko') => debriefLines(figures, scenario, speakerFor(scenario, lang));

  it('never counts a cancelled session passing as a restoration by nature', () => {
    expect(talks.restores.by.nature).toBeUndefined();
    // The session South cancelled at its own time takes that moment's place: no cut, no restore.
    expect(talks.cuts.by).toEqual({ north: 1 });
    expect(talks.restores.by).toEqual({ north: 1 });
    expect(lines('en').join('\n')).not.toContain('by nature');
  });

  it('takes a session cancelled at its own time as that moment’s session, so nothing flickers', () => {
    const run = simulate(scenario);
    const at = Date.parse('2018-06-12T10:00:00+09:00');
    const atCancel = run.frames.filter((f) => f.at === at);
    expect(atCancel.map((f) => f.kind)).toEqual(['event']);
    expect(atCancel[0]!.checks).toEqual([{ channel: 'talks', outcome: 'session-cancelled' }]);
    expect(atCancel[0]!.channels.talks!.status).toBe('open');
    const moments = figures.sides.lastLinkChanges.map((c) => c.at);
    expect(new Set(moments).size).toBe(moments.length);
  });

  it('counts the sessions held, cancelled and boycotted', () => {
    expect(talks.checks.outcomes).toEqual({
      'session-held': 7,
      'session-boycotted': 2,
      'session-cancelled': 1,
    });
    expect(lines('en')).toContain('  sessions: 7 held, 1 cancelled, 2 boycotted');
    expect(lines('ko')).toContain('  회의: 개최 7회, 취소 1회, 불참 2회');
  });

  it('gives the last session held and the longest gap between two held', () => {
    expect(talks.checks.lastReached).toBe('2018-06-15T10:00:00+09:00');
    expect(talks.checks.longestGap).toMatchObject({
      from: '2018-06-06T10:00:00+09:00',
      to: '2018-06-11T10:00:00+09:00',
    });
    const en = lines('en');
    expect(en).toContain('  last session held 15 Jun 2018 10:00');
    expect(
      en.some((l) =>
        l.startsWith('  longest gap between sessions 5 d: 6 Jun 2018 10:00 – 11 Jun 2018 10:00'),
      ),
    ).toBe(true);
    const ko = lines('ko').join('\n');
    expect(ko).toContain('마지막 회의');
    expect(ko).toContain('회의 사이 최장 공백 5');
  });
});
