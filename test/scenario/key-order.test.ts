import { describe, expect, it } from 'vitest';
import { scenarioToYaml } from '../../src/scenario/write.js';
import { formatProblem, openScenarioText } from '../../src/session/open.js';

/** Integer-like ids, which a JavaScript object would list first and in numeric order. */
const TEXT = [
  'id: key-order',
  'title: Key order',
  'start: 2019-03-21T08:00+09:00',
  'end: 2019-03-23T18:00+09:00',
  "parties: { '7': { name: Seven }, '3': { name: Three } }",
  'channels:',
  "  z: { kind: hotline, name: Zed line, checks: { at: ['09:00'], days: daily } }",
  "  10: { kind: hotline, name: Ten line, checks: { at: ['09:00'], days: daily } }",
  "  '2': { kind: liaison-office, name: Two office, staff: { '7': 3, '3': 2 } }",
  'events:',
  "  - { at: 2019-03-22T10:00+09:00, side: '3', channel: '10', do: break }",
].join('\n');

function open(text: string) {
  const opened = openScenarioText(text, 'order.yaml');
  if (!opened.ok) throw new Error(opened.problems.map((p) => formatProblem(p)).join('\n'));
  return opened.scenario;
}

describe('the order of ids', () => {
  const scenario = open(TEXT);

  it('is the order the file writes them in, integer-like ids too', () => {
    expect(scenario.parties.map((p) => p.id)).toEqual(['7', '3']);
    expect(scenario.channels.map((c) => c.id)).toEqual(['z', '10', '2']);
  });

  it('gives the default sides: the first two parties of the file', () => {
    expect(scenario.sides).toEqual(['7', '3']);
    const zed = scenario.channels.find((c) => c.id === 'z')!;
    expect(zed.between).toEqual(['7', '3']);
  });

  it('survives saving and loading again', () => {
    const again = open(scenarioToYaml(scenario));
    expect(again.parties.map((p) => p.id)).toEqual(['7', '3']);
    expect(again.channels.map((c) => c.id)).toEqual(['z', '10', '2']);
    expect(again.sides).toEqual(['7', '3']);
  });
});
