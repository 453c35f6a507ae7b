import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/session/open.js';
import { parseScenarioText } from '../../src/scenario/load.js';

const file = (at: string) =>
  [
    'id: cp',
    'title: Checkpoint times',
    'start: 2018-06-01T09:00+09:00',
    'end: 2018-06-30T09:00+09:00',
    'parties:',
    '  south: { name: South Korea, short: South }',
    '  north: { name: North Korea, short: North }',
    'channels:',
    '  line: { kind: hotline, class: leaders, name: Leaders line }',
    'events:',
    '  - { at: 2018-06-02T09:00+09:00, side: north, channel: line, do: stop-answering }',
    'checkpoints:',
    `  - at: ${at}`,
    '    expect: { line: closed }',
    '',
  ].join('\n');

const problems = (at: string) => {
  const loaded = parseScenarioText(file(at), 'cp.yaml');
  return loaded.ok ? '' : formatProblems(loaded.problems, 'en');
};

describe("a checkpoint's time", () => {
  it('gets the message of a time, not of an id, when it is no time at all', () => {
    const said = problems('tomorrow');
    expect(said).toContain('cp.yaml:13:9:');
    expect(said).toContain('is not a time');
    expect(said).not.toContain('should be an id');
  });

  it('needs a UTC offset in a file without a zone, as an event time does', () => {
    expect(problems('2018-06-10T10:00')).toContain('no UTC offset');
    expect(problems('2018-06-10T10:00+09:00')).toBe('');
  });
});
