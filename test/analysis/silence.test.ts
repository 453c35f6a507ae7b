import { describe, expect, it } from 'vitest';
import { debrief } from '../../src/analysis/debrief.js';
import { markdownHandout } from '../../src/export/markdown.js';
import { DEFAULT_SCENARIO_ID } from '../../src/scenario/bundled.js';
import { openScenario } from '../../src/session/open.js';
import { simulate } from '../../src/timeline/simulate.js';
import { runSoFar } from '../../src/timeline/timeline.js';
import { debriefLines } from '../../src/words/debrief.js';
import { speakerFor } from '../../src/words/speaker.js';

const opened = openScenario(DEFAULT_SCENARIO_ID);
if (!opened.ok) throw new Error('the default scenario does not load');
const { timeline, scenario } = opened;
// The step at which the office closes (the North withdraws), and it has never closed before.
const closing = timeline.frames.findIndex((f) => f.channels['office']?.status === 'closed');

describe('a silence at the very step it begins', () => {
  it('so far: under way since then, not "0 min" (en, ko)', () => {
    const soFar = runSoFar(timeline, closing);
    const figures = debrief(soFar);
    const en = debriefLines(figures, scenario, speakerFor(scenario, 'en'), true).join('\n');
    expect(en).toContain('  silence under way: closed since 22 Mar 2019 10:00');
    expect(en).not.toMatch(/longest silence 0/);
    const ko = debriefLines(figures, scenario, speakerFor(scenario, 'ko'), true).join('\n');
    expect(ko).toContain('  두절 진행 중: 2019년 3월 22일 10:00부터 단절');
    expect(ko).not.toMatch(/최장 두절 0/);
  });

  it('a run that ends as a channel closes: the debrief and the answer key say it began at the end', () => {
    const at = timeline.frames[closing]!.at;
    const short = simulate({ ...scenario, end: at });
    const en = debriefLines(debrief(short), short.scenario, speakerFor(short.scenario, 'en')).join('\n');
    expect(en).toContain('silence begun at the end: closed since 22 Mar 2019 10:00');
    expect(en).not.toMatch(/0 min/);
    const key = markdownHandout(short, { answers: true, ref: DEFAULT_SCENARIO_ID });
    expect(key).toContain('begun at the end (22 Mar 2019 10:00)');
    expect(key).not.toMatch(/0 min/);
    const ko = markdownHandout(short, { answers: true, ref: DEFAULT_SCENARIO_ID, lang: 'ko' });
    expect(ko).toContain('종료 시점에 시작 (2019년 3월 22일 10:00)');
    expect(ko).not.toMatch(/ 0분/);
  });
});
