import { describe, expect, it } from 'vitest';
import { markdownHandout } from '../../src/export/markdown.js';
import { textChart } from '../../src/export/textChart.js';
import { LANE_GLYPH as CHART_GLYPHS } from '../../src/text/glyphs.js';
import { simulate } from '../../src/timeline/simulate.js';
import { withIntermediary } from '../support/intermediary.js';

const section = (page: string, heading: string) => {
  const start = page.indexOf(`\n## ${heading}\n`);
  expect(start, `section ${heading}`).toBeGreaterThan(-1);
  const next = page.indexOf('\n## ', start + 1);
  return page.slice(start, next < 0 ? undefined : next);
};
const tableRows = (text: string) =>
  text.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'));

describe('Markdown handout', () => {
  const scenario = withIntermediary();
  scenario.events[1] = { ...scenario.events[1]!, narrate: 'No answer | none at all.' };
  const timeline = simulate(scenario);
  const page = markdownHandout(timeline, { answers: false, ref: 'test-intermediary' });
  const key = markdownHandout(timeline, { answers: true, ref: 'lessons/my week.yaml' });

  it('opens with the title, the version, summary, period and a command that works', () => {
    expect(page.split('\n').slice(0, 9)).toEqual([
      '# Test: a week &lt;with> "China" & friends',
      '',
      "*Students' version*",
      '',
      'Channels fail one after another; China offers a way round.',
      '',
      '**Period:** 1 Jun 2020 00:00 – 5 Jun 2020 00:00 KST',
      '',
      'To step through it yourself: `liaison-sim play test-intermediary`',
    ]);
    // A teacher's own file is named by its path, quoted for the shell.
    expect(key).toContain("`liaison-sim play 'lessons/my week.yaml'`");
    expect(key).toContain('*Answer key: for the teacher, not for the class*');
  });

  it('has its sections in teaching order; only the key has the debrief', () => {
    const headings = (text: string) => text.split('\n').filter((l) => l.startsWith('## '));
    const common = ['## Parties and channels', '## Timeline', '## Events', '## Debrief figures'];
    expect(headings(page)).toEqual([...common, '## Questions']);
    expect(headings(key)).toEqual([...common, '## Debrief', '## Questions']);
  });

  it('lists every channel in plain words, with its state at the start', () => {
    const channels = section(page, 'Parties and channels');
    expect(channels).toContain(
      '- **Joint Liaison Office**: Kind: liaison office; Between: South – North; Routine checks: 09:30 on weekdays. At the start: OPEN: operating, both sides present.',
    );
    expect(channels).toContain(
      '- **Beijing–Pyongyang line**: Kind: hotline (other); Between: China – North; Routine checks: none. At the start: CLOSED: not yet connected.',
    );
  });

  it('dates every scripted event in plain language, with its source and what-ifs marked', () => {
    const events = section(page, 'Events')
      .split('\n')
      .filter((l) => /^\d+\. /.test(l));
    expect(events).toHaveLength(6);
    expect(events[0]).toBe(
      '1. **1 Jun 2020 10:00** · North withdraws its staff from the Joint Liaison Office. North staff leave. *Source: Test wire*',
    );
    expect(events[1]).toBe(
      '2. **2 Jun 2020 12:00** · North stops answering the Liaison line. No answer | none at all.',
    );
    expect(events[2]).toContain(
      '· Nature breaks the West Sea military line (wildfire). A wildfire burns the cable.',
    );
    expect(events[3]).toContain(
      'China connects the Beijing–Pyongyang line. *(What-if: this did not happen)*',
    );
    expect(events[5]).toContain('North sends 5 staff to the Joint Liaison Office.');
    expect(page).not.toMatch(/withdraw-staff|stop-answering|send-staff/);
  });

  it('keeps every table to five columns, for paper', () => {
    for (const text of [page, key])
      for (const row of tableRows(text)) expect(row.split(/(?<!\\)\|/).length - 2).toBeLessThanOrEqual(5);
  });

  it("gives students the figures, and the teacher the debrief's conclusions too", () => {
    const figures = section(page, 'Debrief figures');
    expect(tableRows(figures)[1]).toBe('| Joint Liaison Office | 10 h | 12 h | 3 d 2 h | 1 of 4 held |');
    expect(page).not.toContain('no route at all');
    const debrief = section(key, 'Debrief');
    expect(tableRows(debrief)[1]).toBe(
      '| Joint Liaison Office | 3 d 2 h (1 Jun 2020 10:00 – 4 Jun 2020 12:00) | North ×1 | North ×1 |',
    );
    expect(debrief).toContain('South and North had no direct channel for 22 h and no route at all for 6 h.');
    expect(debrief).toContain('- 3 Jun 2020 08:00: no channel open');
    expect(debrief).toContain('- 3 Jun 2020 14:00: last links: Seoul–Beijing line, Beijing–Pyongyang line');
  });

  it('asks the questions with room to write, and answers them only in the key', () => {
    const questions = section(page, 'Questions');
    expect(questions).toContain('1. **2 Jun 2020 12:00** · Which channel is the last link now?');
    expect(questions).toContain('   Your answer:');
    for (const q of scenario.questions) {
      expect(page).not.toContain(q.answer);
      expect(section(key, 'Questions')).toContain(`   **Answer:** ${q.answer}`);
    }
  });

  it('draws the lanes as text in a code block', () => {
    const chart = section(page, 'Timeline');
    expect(chart).toContain('```text');
    for (const line of textChart(timeline)) expect(chart).toContain(line);
  });

  it('leaves the questions out when there are none', () => {
    const none = simulate({ ...withIntermediary(), questions: [] });
    expect(markdownHandout(none, { answers: true, ref: 'x' })).not.toContain('## Questions');
  });
});

describe('textChart', () => {
  const lines = textChart(simulate(withIntermediary()), 48);
  const row = (label: string) => lines.find((l) => l.startsWith(label))!.slice(-48);

  it('gives each slice of time the worst status it had', () => {
    // 48 columns over 96 h: two hours each. Office: open 10 h, closed 74 h, degraded 12 h.
    expect(row('Joint Liaison Office')).toBe(
      CHART_GLYPHS.open.repeat(5) + CHART_GLYPHS.closed.repeat(37) + CHART_GLYPHS.degraded.repeat(6),
    );
    // The sides: more than one way 36 h, last link 20 h, cut off 6 h, last link 16 h, then 18 h.
    expect(row('South ⇄ North')).toBe(
      CHART_GLYPHS.open.repeat(18) +
        CHART_GLYPHS.degraded.repeat(10) +
        CHART_GLYPHS.closed.repeat(3) +
        CHART_GLYPHS.degraded.repeat(8) +
        CHART_GLYPHS.open.repeat(9),
    );
  });

  it('dates both ends and explains the glyphs', () => {
    expect(lines[0]).toMatch(/^ +2020-06-01 +2020-06-05$/);
    expect(lines[lines.length - 1]).toContain('█ open  ▒ degraded  · closed');
  });
});

describe('Markdown handout in Korean', () => {
  it("keeps the chart key's separator apart from the mark for a closed channel (·)", () => {
    const page = markdownHandout(simulate(withIntermediary()), { answers: false, ref: 'x', lang: 'ko' });
    const legend = page.split('\n').find((line) => line.includes('█ 가동'))!;
    expect(legend).toContain('· 단절  /  양측:');
    expect(legend).not.toContain('단절 · 양측');
  });
});
