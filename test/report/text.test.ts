import { describe, expect, it } from 'vitest';
import { formatRunText } from '../../src/report/text.js';
import { simulate } from '../../src/timeline/simulate.js';
import { branchAt } from '../../src/timeline/whatIf.js';
import { fitReach, reachText } from '../../src/ui/reach-text.js';
import { withIntermediary } from '../support/intermediary.js';
import { kst, march2019 } from '../support/scenarios.js';
import { speakerFor } from '../../src/words/speaker.js';

const lines = (text: string) => text.split('\n');

describe('formatRunText', () => {
  const timeline = simulate(march2019());
  const text = formatRunText(timeline);

  it('starts with the title and the period in the scenario zone', () => {
    expect(lines(text).slice(0, 2)).toEqual([
      'Test: withdrawal',
      'Thu 21 Mar 2019 08:00 KST to Tue 26 Mar 2019 23:59 KST (test-march-2019)',
    ]);
  });

  it('prints one line per frame: local time, who did what, the narration, every status', () => {
    const frameLines = lines(text).filter((l) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2} /.test(l));
    expect(frameLines).toHaveLength(timeline.frames.length);
    expect(frameLines).toContain(
      '2019-03-22 10:00  North withdraws its staff from the Joint Liaison Office — North staff leave.  [office CLOSED · liaison open · military open]',
    );
    expect(frameLines).toContain(
      '2019-03-25 08:30  North sends 5 staff to the Joint Liaison Office — Some North staff return.  [office DEGRADED · liaison open · military open]',
    );
    expect(frameLines).toContain(
      '2019-03-23 09:00  Routine check at 09:00: West Sea military line answered.  [office CLOSED · liaison open · military open]',
    );
  });

  it('names who acted in a context event, capitalised', () => {
    const scenario = march2019();
    scenario.events.unshift({
      at: kst('2019-03-21T12:00'),
      side: 'both',
      channels: [],
      do: null,
      narrate: 'Talks in Panmunjom.',
      tag: 'historical',
      expect: [],
    });
    expect(lines(formatRunText(simulate(scenario)))).toContain(
      '2019-03-21 12:00  Both sides — Talks in Panmunjom.  [office open · liaison open · military open]',
    );
  });

  it('ends with a summary: counts, the channels at the end and whether the sides can reach each other', () => {
    const all = lines(text);
    const summary = all.slice(
      all.indexOf('Summary'),
      all.findIndex((l) => l.startsWith('Debrief: ')),
    );
    expect(summary).toEqual([
      'Summary',
      '  frames: 19 (2 events, 16 routine checks)',
      '  expectations: 2 passed, 0 failed',
      '  at the end (Tue 26 Mar 2019 17:00 KST):',
      '    Joint Liaison Office    DEGRADED  North only partly staffed (5 of 20) since 25 Mar 2019 08:30',
      '    Liaison line            OPEN      line working, both sides answering',
      '    West Sea military line  OPEN      line working, both sides answering',
      '  South ⇄ North: reachable over 3 of 3 direct channels',
      '',
    ]);
  });

  it('marks a failed expectation loudly under its frame and in the summary', () => {
    const scenario = march2019();
    scenario.events[0]!.expect.push({ channel: 'liaison', status: 'closed' });
    const failing = lines(formatRunText(simulate(scenario)));
    const at = failing.findIndex((l) => l.startsWith('2019-03-22 10:00'));
    expect(failing[at + 1]).toBe(
      '    !!! EXPECTATION FAILED: liaison should be closed but is open (line working, both sides answering)',
    );
    expect(failing).toContain('  expectations: 2 passed, 1 failed  !!!');
  });

  it('with `at`, shows how things stand at that moment: the last frame at or before it', () => {
    const moment = lines(formatRunText(timeline, { at: kst('2019-03-23T12:00') }));
    expect(moment).toContain('At Sat 23 Mar 2019 12:00 KST, as of frame 9 of 19:');
    expect(moment).toContain(
      '  2019-03-23 09:00  Routine check at 09:00: West Sea military line answered.  [office CLOSED · liaison open · military open]',
    );
    expect(moment).toContain(
      '  Joint Liaison Office    CLOSED    North staff withdrawn since 22 Mar 2019 10:00',
    );
    expect(moment).toContain('South ⇄ North: reachable over 2 of 3 direct channels');
    expect(moment).not.toContain('Summary');
  });

  it('marks a what-if frame and the later history events the branch refuses', () => {
    // At the start the North walks out of the office for good: its return on the 25th is refused.
    const branch = branchAt(timeline, 0, { channel: 'office', do: 'demolish', side: 'north' });
    const text = lines(formatRunText(branch));
    expect(text).toContain(
      '2019-03-21 08:00  What if… North demolishes the Joint Liaison Office? [what-if]  [office CLOSED · liaison open · military open]',
    );
    const returning = text.findIndex((l) => l.startsWith('2019-03-25 08:30'));
    expect(text[returning + 1]).toMatch(/^ {4}refused: Joint Liaison Office cannot send-staff: /);
  });

  it('says so when the two sides cannot reach each other, and names a last link', () => {
    const scenario = march2019();
    scenario.events.push({
      at: kst('2019-03-26T10:00'),
      side: 'north',
      channels: ['liaison'],
      do: 'stop-answering',
      narrate: '',
      tag: 'counterfactual',
      expect: [],
    });
    scenario.events.push({
      at: kst('2019-03-26T11:00'),
      side: 'nature',
      channels: ['military'],
      do: 'break',
      narrate: '',
      tag: 'counterfactual',
      expect: [],
    });
    const report = formatRunText(simulate(scenario));
    expect(report).toContain('North stops answering the Liaison line [counterfactual]');
    expect(report).not.toMatch(/: (stop-answering|break) \(/);
    // after the liaison line goes silent only the office (partly staffed) and the military line remain
    expect(report).toContain(
      '  South ⇄ North: reachable over 1 of 3 direct channels; last link: Joint Liaison Office',
    );
  });
});

describe('reachability wording with an intermediary', () => {
  it('counts channels between the two sides, as the screen does, not those to third parties', () => {
    const scenario = withIntermediary();
    const timeline = simulate(scenario);
    // Five channels in all, three of them between South and North.
    expect(formatRunText(timeline)).toContain(
      '  South ⇄ North: reachable over 2 of 3 direct channels; via China (Seoul–Beijing line + Beijing–Pyongyang line)',
    );
    expect(fitReach(reachText(scenario, timeline.frames.at(-1)!, speakerFor(scenario)), 200)).toMatch(
      /^South ⇄ North: reachable over 2 of 3 direct channels; via China/,
    );
  });

  it('on a short screen line, gives up the count before the route and the last link', () => {
    const scenario = withIntermediary();
    const reach = reachText(scenario, simulate(scenario).frames.at(-1)!, speakerFor(scenario));
    const line = fitReach(reach, 70);
    expect(line).toMatch(/^South ⇄ North: via China/);
    expect(line).not.toContain('reachable over');
    // The 80-column case a class sees: the last link outlives the count.
    const lastLink = fitReach(
      {
        pair: 'South Korea ⇄ North Korea: ',
        parts: [
          { text: 'reachable over 1 of 2 direct channels', rank: 2 },
          { text: 'last link: Liaison line', rank: 0 },
        ],
        separator: '; ',
        status: 'degraded',
      },
      79,
    );
    expect(lastLink).toBe('South Korea ⇄ North Korea: last link: Liaison line');
  });
});
