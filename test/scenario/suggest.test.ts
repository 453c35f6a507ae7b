import { describe, expect, it } from 'vitest';
import { formatProblem, parseScenarioText } from '../../src/scenario/load.js';
import { closest, didYouMean, editDistance } from '../../src/scenario/suggest.js';
import { problems } from '../../src/words/problems-en.js';

describe('did-you-mean', () => {
  it('counts a swap of neighbouring letters as one typo', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('nrth', 'north')).toBe(1);
    expect(editDistance('office', 'office')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests only what looks like a typo', () => {
    expect(closest('ofice', ['office', 'liaison'])).toBe('office');
    expect(closest('hotline', ['office', 'liaison'])).toBeNull();
    expect(closest('x', ['y'])).toBe('y');
  });

  it('lists the choices when none is close, and says what they are', () => {
    expect(didYouMean('militry', ['military'], problems)).toBe('did you mean "military"?');
    expect(didYouMean('east', ['south', 'north'], problems, problems.candidates.declaredParties)).toBe(
      'the declared parties are: south, north',
    );
    expect(didYouMean('zzz', [], problems)).toBeUndefined();
  });

  it('stays cheap on huge words: no suggestion past 64 letters, and only similar lengths compared', () => {
    const huge = 'a'.repeat(1_000_000);
    expect(closest(huge, [huge.slice(1), 'office'])).toBeNull();
    expect(closest('ofice', ['o'.repeat(900_000), 'office'])).toBe('office');
  });

  it('quotes a huge unknown event or channel in 40 columns, not whole', () => {
    // Two of them fit easily in the 16 MiB a file may hold.
    const huge = 'x'.repeat(500_000);
    const text = [
      'id: t',
      'title: T',
      'start: 2019-03-21T08:00+09:00',
      'parties: { south: { name: S }, north: { name: N } }',
      'channels: { line: { kind: hotline, name: L } }',
      'events:',
      `  - { at: 2019-03-22T10:00+09:00, side: north, channel: line, do: ${huge} }`,
      `  - { at: 2019-03-22T11:00+09:00, side: north, channel: ${huge}, do: break }`,
    ].join('\n');
    const result = parseScenarioText(text, 'huge.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.problems.map((p) => formatProblem(p));
    expect(messages.join('\n')).toContain(`"${'x'.repeat(39)}…" is not an event liaison-sim knows`);
    for (const message of messages) expect(message.split('\n')[0]!.length).toBeLessThan(120);
  });
});
