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
  const page = markdownHandout(simulate(scenario));

  it('opens with the title, summary and period', () => {
    expect(page.split('\n').slice(0, 5)).toEqual([
      '# Test: a week &lt;with> "China" & friends',
      '',
      'Channels fail one after another; China offers a way round.',
      '',
      '**Period:** 1 Jun 2020 00:00 – 5 Jun 2020 00:00 KST · **Scenario:** `test-intermediary`',
    ]);
  });

  it('has its sections in teaching order', () => {
    const headings = page.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## Parties and channels',
      '## Timeline',
      '## Events',
      '## Debrief',
      '## Questions',
    ]);
  });

  it('lists every channel with its kind, ends, checks and starting state', () => {
    const rows = tableRows(section(page, 'Parties and channels'));
    expect(rows).toHaveLength(6);
    expect(rows[1]).toBe(
      '| Joint Liaison Office | liaison office | South – North | 09:30 on weekdays | operating, South 20/20, North 20/20 |',
    );
    expect(rows[5]).toBe(
      '| Beijing–Pyongyang line | hotline (other) | China – North | none | not-connected |',
    );
  });

  it('dates every scripted event with who, what, source and tag, pipes escaped', () => {
    const rows = tableRows(section(page, 'Events'));
    expect(rows).toHaveLength(7);
    expect(rows[1]).toBe(
      '| 1 | 1 Jun 2020 10:00 | North | Joint Liaison Office | withdraw-staff | North staff leave. | Test wire | historical |',
    );
    expect(rows[2]).toBe(
      '| 2 | 2 Jun 2020 12:00 | North | Liaison line | stop-answering | No answer \\| none at all. |  | historical |',
    );
    expect(rows[4]).toContain('| China | Beijing–Pyongyang line | connect |');
    expect(rows[4]).toMatch(/\| counterfactual \|$/);
    expect(rows[6]).toContain('| send-staff 5 |');
  });

  it('carries the debrief figures', () => {
    const debrief = section(page, 'Debrief');
    expect(tableRows(debrief)[1]).toBe(
      '| Joint Liaison Office | 10 h | 12 h | 3 d 2 h | 3 d 2 h (1 Jun 2020 10:00 – 4 Jun 2020 12:00) | 1 of 4 held | North ×1 | North ×1 |',
    );
    expect(debrief).toContain('South and North had no direct channel for 22 h and no route at all for 6 h.');
    expect(debrief).toContain('- 3 Jun 2020 08:00: no channel open');
    expect(debrief).toContain('- 3 Jun 2020 14:00: last links: Seoul–Beijing line, Beijing–Pyongyang line');
  });

  it('asks the questions with the answers folded away', () => {
    const questions = section(page, 'Questions');
    expect(questions).toContain('1. **2 Jun 2020 12:00** — Which channel is the last link now?');
    expect(questions).toContain('<details><summary>Answer</summary>The military line.</details>');
    expect(questions.match(/<details>/g)).toHaveLength(3);
  });

  it('draws the lanes as text in a code block', () => {
    const timeline = section(page, 'Timeline');
    expect(timeline).toContain('```text');
    for (const line of textChart(simulate(scenario))) expect(timeline).toContain(line);
  });

  it('leaves the questions out when there are none', () => {
    expect(markdownHandout(simulate({ ...withIntermediary(), questions: [] }))).not.toContain('## Questions');
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
