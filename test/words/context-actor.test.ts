/**
 * Narration that names no one (background, where things stand) is nobody's act: no face may
 * give it an actor. A context event whose file names a side keeps it ("US acts").
 */
import { describe, expect, it } from 'vitest';
import { timelineSvg } from '../../src/export/svg.js';
import { formatRunText } from '../../src/report/text.js';
import { scenarioToYaml } from '../../src/scenario/write.js';
import { openScenario, openScenarioText } from '../../src/session/open.js';
import type { Timeline } from '../../src/timeline/timeline.js';
import { frameTag } from '../../src/ui/narration-lines.js';

const FILE = `id: context-actor
title: Context with and without an actor
start: 2019-03-21T08:00+09:00
zone: KST
parties:
  south: { name: South Korea, short: South }
  north: { name: North Korea, short: North }
  us: { name: United States, short: US }
channels:
  liaison: { kind: hotline, name: Liaison line }
events:
  - at: 2019-03-21T09:00+09:00
    narrate: Background. The summit in Hanoi broke up early.
  - at: 2019-03-21T10:00+09:00
    side: us
    narrate: The US announces new sanctions.
`;

function open(text: string): Timeline {
  const opened = openScenarioText(text, 'context.yaml');
  if (!opened.ok) throw new Error(opened.problems.map((p) => p.message).join('\n'));
  return opened.timeline;
}

const tagOf = (timeline: Timeline, index: number, lang: 'en' | 'ko' = 'en') =>
  frameTag({
    scenario: timeline.scenario,
    frame: timeline.frames[index]!,
    questions: [],
    showAnswers: false,
    branchFrom: null,
    differs: new Map(),
    lang,
  }).text;

describe('context that names no one', () => {
  const timeline = open(FILE);

  it('has no actor in the story header, in either language; a named side still acts', () => {
    expect(tagOf(timeline, 1)).toBe('HISTORICAL');
    expect(tagOf(timeline, 1, 'ko')).toBe('실제 역사');
    expect(tagOf(timeline, 2)).toBe('HISTORICAL · US acts');
  });

  it('is its narration alone in the run report and the SVG key', () => {
    const text = formatRunText(timeline);
    expect(text).toContain('2019-03-21 09:00  Background. The summit in Hanoi broke up early.  [');
    expect(text).toContain('US — The US announces new sanctions.');
    expect(text).not.toMatch(/both sides? — Background|No one — Background/i);
    const svg = timelineSvg(timeline, 'en', { eventKey: true });
    expect(svg).toContain('· Background. The summit in Hanoi broke up early.');
    expect(svg).toContain('· US: The US announces new sanctions.');
  });

  it('is written back without a side', () => {
    const yaml = scenarioToYaml(timeline.scenario);
    expect(yaml).not.toMatch(/side: both/);
    expect(open(yaml).scenario.events[0]!.side).toBeNull();
  });

  it('opens the default scenario on background that no one acts', () => {
    const opened = openScenario('march-2019-withdrawal');
    if (!opened.ok) throw new Error('the default scenario did not open');
    const background = opened.timeline.frames.filter((f) => /^Background\./.test(f.event?.narrate ?? ''));
    expect(background.length).toBeGreaterThan(0);
    for (const frame of background) expect(tagOf(opened.timeline, frame.index)).toBe('HISTORICAL');
  });
});
