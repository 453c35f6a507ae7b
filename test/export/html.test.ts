import { describe, expect, it } from 'vitest';
import { htmlHandout } from '../../src/export/html.js';
import { simulate } from '../../src/timeline/simulate.js';
import { withIntermediary } from '../support/intermediary.js';

/** The HTML handout's content, without a browser (html-print.test.ts prints it). */
describe('HTML handout', () => {
  const scenario = withIntermediary();
  const timeline = simulate(scenario);
  const page = htmlHandout(timeline, { answers: false, ref: 'my week.yaml' });
  const key = htmlHandout(timeline, { answers: true, ref: 'my week.yaml' });
  const headings = (html: string) => [...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1]);

  it('has every part a class needs, in teaching order; the key adds the debrief', () => {
    const common = ['Parties and channels', 'Timeline', 'Events', 'Debrief figures'];
    expect(headings(page)).toEqual([...common, 'Questions']);
    expect(headings(key)).toEqual([...common, 'Debrief', 'Questions']);
    expect(page).toContain('<p>Channels fail one after another; China offers a way round.</p>');
    expect(page).toContain('<code>liaison-sim play &apos;my week.yaml&apos;</code>');
  });

  it("escapes the scenario's text", () => {
    expect(page).toContain('<h1>Test: a week &lt;with&gt; &quot;China&quot; &amp; friends</h1>');
    expect(page).not.toContain('<with>');
  });

  it('lists the events in plain words with their sources, what-ifs marked', () => {
    expect(page).toContain('North withdraws its staff from the Joint Liaison Office.');
    expect(page).toContain('Source: Test wire');
    expect(page).toMatch(/China connects the Beijing–Pyongyang line\.<\/span> <span class="tag">\(What-if/);
    expect(page).not.toMatch(/withdraw-staff|stop-answering/);
  });

  it('gives each question lines to write on, and answers only in the key', () => {
    expect(page.match(/<li class="question">/g)).toHaveLength(scenario.questions.length);
    expect(page.match(/<div class="lines"/g)).toHaveLength(scenario.questions.length);
    for (const q of scenario.questions) {
      expect(page).not.toContain(q.answer);
      expect(key).toContain(q.answer);
    }
  });

  it('is laid out for print, whatever the paper', () => {
    expect(page).toMatch(/@page \{ margin: [^}]*\}/);
    expect(page).not.toMatch(/@page \{[^}]*size:/);
    expect(page).toContain('break-inside: avoid');
  });
});
