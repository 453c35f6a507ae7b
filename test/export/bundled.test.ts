import { describe, expect, it } from 'vitest';
import { renderExport } from '../../src/export/exportScenario.js';
import { bundledScenarios } from '../../src/scenario/bundled.js';
import { openScenario } from '../../src/session/open.js';
import { checkStateDiagram } from './mermaidStateGrammar.js';
import { findAll, parseXml } from './wellFormed.js';

/** Every bundled scenario exports in every format: the pack and the exporters stay in step. */
describe.each(bundledScenarios().map((s) => s.id))('exports of %s', (id) => {
  const loaded = openScenario(id);
  if (!loaded.ok) throw new Error(`${id} does not load`);
  const { timeline, scenario } = loaded;
  const scripted = timeline.frames.filter((f) => f.event !== null && f.at <= scenario.end).length;

  it('draws a well-formed SVG with a lane per channel and a key entry per event', () => {
    const { problems, root } = parseXml(renderExport(timeline, 'svg'));
    expect(problems).toEqual([]);
    expect(findAll(root!, (e) => e.attrs.class === 'lane')).toHaveLength(scenario.channels.length + 1);
    expect(findAll(root!, (e) => e.attrs.class === 'key')).toHaveLength(scripted);
  });

  it('writes a handout with an entry per event and every question, answers only in the key', () => {
    const page = renderExport(timeline, 'md', { answers: false, ref: scenario.id });
    const events = page.slice(page.indexOf('## Events'), page.indexOf('## Debrief'));
    expect(events.split('\n').filter((l) => /^\d+\. \*\*/.test(l))).toHaveLength(scripted);
    const key = renderExport(timeline, 'md', { answers: true, ref: scenario.id });
    expect((key.match(/\*\*Answer:\*\*/g) ?? []).length).toBe(scenario.questions.length);
    expect(page).not.toContain('**Answer:**');
  });

  it('writes mermaid diagrams the state grammar accepts', () => {
    const blocks = [...renderExport(timeline, 'mermaid').matchAll(/```mermaid\n([\s\S]*?)```/g)];
    expect(blocks.length).toBeGreaterThan(1);
    for (const [, block] of blocks) expect(checkStateDiagram(block!).problems).toEqual([]);
  });
});
