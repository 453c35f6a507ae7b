import { describe, expect, it } from 'vitest';
import { debrief } from '../../src/analysis/debrief.js';
import { debriefLines } from '../../src/words/debrief.js';
import { speakerFor } from '../../src/words/speaker.js';
import { simulate } from '../../src/timeline/simulate.js';
import { runSoFar } from '../../src/timeline/timeline.js';
import { openScenario } from '../../src/session/open.js';
import { event, kst, march2019 } from '../support/scenarios.js';
import { withIntermediary } from '../support/intermediary.js';

const H = 3_600_000;

describe('debrief of the hand-made week (figures worked out in test/support/intermediary.ts)', () => {
  const scenario = withIntermediary();
  const figures = debrief(simulate(scenario));
  const channel = (id: string) => figures.channels.find((c) => c.id === id)!;

  it('covers the scenario period', () => {
    expect(figures.from).toBe('2020-06-01T00:00:00+09:00');
    expect(figures.to).toBe('2020-06-05T00:00:00+09:00');
    expect(figures.periodMs).toBe(96 * H);
  });

  it('adds up the time in each status', () => {
    // Office: open Mon 00–10 (10 h), closed Mon 10 – Thu 12 (74 h), degraded Thu 12 – Fri 00 (12 h).
    expect(channel('office').ms).toEqual({ open: 10 * H, closed: 74 * H, degraded: 12 * H });
    // Liaison: open Mon 00 – Tue 12 (36 h) and Thu 06 – Fri 00 (18 h); closed Tue 12 – Thu 06 (42 h).
    expect(channel('liaison').ms).toEqual({ open: 54 * H, degraded: 0, closed: 42 * H });
    // Military: open Mon 00 – Wed 08 (56 h), then broken to the end (40 h).
    expect(channel('military').ms).toEqual({ open: 56 * H, degraded: 0, closed: 40 * H });
    // Beijing–Pyongyang: not connected until Wed 14:00 (62 h), then open (34 h).
    expect(channel('beijing-north').ms).toEqual({ open: 34 * H, degraded: 0, closed: 62 * H });
    expect(channel('beijing-south').ms).toEqual({ open: 96 * H, degraded: 0, closed: 0 });
  });

  it('finds the longest silence and says whether it is still going on', () => {
    expect(channel('office').longestSilence).toEqual({
      from: '2020-06-01T10:00:00+09:00',
      to: '2020-06-04T12:00:00+09:00',
      ms: 74 * H,
      ongoing: false,
      beganBeforeStart: false,
    });
    expect(channel('military').longestSilence).toEqual({
      from: '2020-06-03T08:00:00+09:00',
      to: '2020-06-05T00:00:00+09:00',
      ms: 40 * H,
      ongoing: true,
      beganBeforeStart: false,
    });
    expect(channel('beijing-south').longestSilence).toBeNull();
  });

  it('a silence ended at the very step a debrief so far stops at is over, not still going on', () => {
    const timeline = simulate(scenario);
    // The office is staffed again on Thursday at 12:00: the debrief up to that step.
    const restored = timeline.frames.findIndex((f) => f.channels['office']?.status === 'degraded');
    const office = debrief(runSoFar(timeline, restored)).channels.find((c) => c.id === 'office')!;
    expect(office.longestSilence).toEqual({
      from: '2020-06-01T10:00:00+09:00',
      to: '2020-06-04T12:00:00+09:00',
      ms: 74 * H,
      ongoing: false,
      beganBeforeStart: false,
    });
    expect(office.restores.total).toBe(1);
  });

  it('counts check calls and consultations, and the ones that got nobody', () => {
    // Liaison at 09:00 Mon–Thu: answered, answered (cut at 12:00), unanswered, answered (back at 06:00).
    expect(channel('liaison').checks).toMatchObject({
      made: 4,
      succeeded: 3,
      failed: 1,
      outcomes: { answered: 3, unanswered: 1 },
    });
    // Military at 16:00 daily: Mon and Tue answered, Wed and Thu no line.
    expect(channel('military').checks).toMatchObject({
      made: 4,
      succeeded: 2,
      failed: 2,
      outcomes: { answered: 2, 'no-line': 2 },
    });
    // Office at 09:30 Mon–Thu: held on Monday before the North left, one-sided after.
    expect(channel('office').checks).toMatchObject({
      made: 4,
      succeeded: 1,
      failed: 3,
      outcomes: { held: 1, 'one-sided': 3 },
    });
    expect(channel('beijing-north').checks.made).toBe(0);
  });

  it('says who cut and who restored each channel', () => {
    expect(channel('office').cuts).toEqual({ total: 1, by: { north: 1 } });
    expect(channel('office').restores).toEqual({ total: 1, by: { north: 1 } });
    expect(channel('military').cuts).toEqual({ total: 1, by: { nature: 1 } });
    expect(channel('military').restores).toEqual({ total: 0, by: {} });
    expect(channel('beijing-north').cuts).toEqual({ total: 0, by: {} });
    // Its first connection restores nothing: it had never been connected.
    expect(channel('beijing-north').restores).toEqual({ total: 0, by: {} });
    expect(channel('beijing-north').firstOpened).toEqual({ at: '2020-06-03T14:00:00+09:00', by: 'china' });
    expect(channel('beijing-north').longestSilence).toBeNull();
    expect(channel('office').firstOpened).toBeNull();
  });

  it('measures the time without a direct channel and without any route', () => {
    // No direct channel Wed 08:00 – Thu 06:00 (22 h); no route at all Wed 08:00 – 14:00 (6 h).
    expect(figures.sides.noDirectMs).toBe(22 * H);
    expect(figures.sides.unreachableMs).toBe(6 * H);
  });

  it('lists the moments the last link changed', () => {
    expect(figures.sides.lastLinkChanges.map(({ frameIndex: _, ...rest }) => rest)).toEqual([
      { at: '2020-06-02T12:00:00+09:00', lastLinks: ['military'], reachable: true },
      { at: '2020-06-03T08:00:00+09:00', lastLinks: [], reachable: false },
      { at: '2020-06-03T14:00:00+09:00', lastLinks: ['beijing-south', 'beijing-north'], reachable: true },
      { at: '2020-06-04T06:00:00+09:00', lastLinks: [], reachable: true },
    ]);
  });

  it('is JSON-safe', () => {
    expect(JSON.parse(JSON.stringify(figures))).toEqual(figures);
  });

  it('reads as lines for the text report', () => {
    const lines = debriefLines(figures, scenario, speakerFor(scenario));
    expect(lines[0]).toBe('Debrief: 1 Jun 2020 00:00 – 5 Jun 2020 00:00 KST (4 d)');
    expect(lines).toContain(
      'Joint Liaison Office: open 10 h (10%) · degraded 12 h (13%) · closed 3 d 2 h (77%)',
    );
    expect(lines).toContain('  longest silence 3 d 2 h: 1 Jun 2020 10:00 – 4 Jun 2020 12:00');
    expect(lines).toContain('  longest silence 1 d 16 h: 3 Jun 2020 08:00 – end (still closed)');
    expect(lines).toContain('  consultations: 4 made, 1 held, 3 only one side came');
    expect(lines).toContain('Liaison line: open 2 d 6 h (56%) · closed 1 d 18 h (44%)');
    expect(lines).toContain('Seoul–Beijing line: open 4 d (100%)');
    expect(lines).toContain('  check calls: 4 made, 3 answered, 1 unanswered');
    expect(lines).toContain('  cut 1× by nature');
    expect(lines).toContain('  opened for the first time 3 Jun 2020 14:00, by China');
    expect(lines.join('\n')).not.toContain('restored 1× by China');
    expect(lines).toContain('South ⇄ North: no direct channel for 22 h (23%); no route at all for 6 h');
    expect(lines.slice(-4)).toEqual([
      '  2 Jun 2020 12:00: last link: West Sea military line',
      '  3 Jun 2020 08:00: no channel open',
      '  3 Jun 2020 14:00: last links: Seoul–Beijing line, Beijing–Pyongyang line',
      '  4 Jun 2020 06:00: more than one way again',
    ]);
  });
});

describe('debrief edge cases', () => {
  it('counts a cut and a restore at the same instant but no time for the gap', () => {
    const at = kst('2019-03-22T10:00');
    const figures = debrief(
      simulate(
        march2019([
          event({ at, channels: ['liaison'], do: 'stop-answering' }),
          event({ at, side: 'south', channels: ['liaison'], do: 'break' }),
          event({ at, side: 'south', channels: ['liaison'], do: 'repair' }),
          event({ at, channels: ['liaison'], do: 'resume-answering' }),
        ]),
      ),
    );
    const liaison = figures.channels.find((c) => c.id === 'liaison')!;
    expect(liaison.cuts).toEqual({ total: 1, by: { north: 1 } });
    expect(liaison.restores).toEqual({ total: 1, by: { north: 1 } });
    expect(liaison.ms.closed).toBe(0);
    expect(liaison.longestSilence).toMatchObject({ ms: 0 });
  });
});

describe('failed contacts in the debrief', () => {
  it('counts "no line" apart from "unanswered"', () => {
    const opened = openScenario('counterfactual-wildfire-last-line');
    if (!opened.ok) throw new Error('bundled scenario does not load');
    const lines = debriefLines(debrief(opened.timeline), opened.scenario, speakerFor(opened.scenario));
    expect(lines).toContain('  check calls: 3 made, 2 answered, 1 no line');
    expect(lines.join('\n')).not.toMatch(/\d+ unanswered, \d+ no line/);
  });
});

describe('shares of the period in the debrief', () => {
  // The office is open one hour, then closed for nine months: 0.01% and 99.99%.
  const scenario = {
    ...march2019([event({ at: kst('2019-03-21T09:00'), channels: ['office'], do: 'withdraw-staff' })]),
    end: kst('2019-12-31T08:00'),
  };
  const figures = debrief(simulate(scenario));
  const officeLine = (lang: 'en' | 'ko') =>
    debriefLines(figures, scenario, speakerFor(scenario, lang)).find((l) =>
      l.startsWith('Joint Liaison Office:'),
    )!;

  it('says <1% and >99%, never 0% beside a length or 100% of a status that was left', () => {
    expect(officeLine('en')).toMatch(/^Joint Liaison Office: open 1 h \(<1%\) · closed .+ \(>99%\)$/);
  });

  it('in Korean too', () => {
    expect(officeLine('ko')).toMatch(/^Joint Liaison Office: 가동 1시간 \(1% 미만\) · 단절 .+ \(99% 초과\)$/);
  });
});
