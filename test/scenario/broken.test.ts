import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, formatProblems, openScenario, openScenarioText } from '../../src/session/open.js';
import { MAX_FILE_BYTES } from '../../src/scenario/load.js';

const DIR = 'test/fixtures/broken';
const cases = readdirSync(DIR)
  .filter((name) => /\.(ya?ml|json)$/.test(name))
  .sort();

describe('the broken corpus', () => {
  it('is big enough to cover every check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases)('%s gives exactly the expected problems', (name) => {
    const expected = readFileSync(join(DIR, name.replace(/\.(ya?ml|json)$/, '.expected')), 'utf8');
    const result = openScenario(join(DIR, name));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(`${result.problems.map((p) => formatProblem(p)).join('\n')}\n`).toBe(expected);
  });
});

describe('safety', () => {
  it('refuses an oversized text before parsing it', () => {
    const text = `id: big\ntitle: Big\n# ${'x'.repeat(MAX_FILE_BYTES)}\n`;
    const result = openScenarioText(text, 'big.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => formatProblem(p))).toEqual([
      `big.yaml:1:1: the file is ${Buffer.byteLength(text).toLocaleString('en-US')} bytes; a scenario file may be at most 16 MiB (16,777,216 bytes), so it was not read`,
    ]);
  });

  it('refuses absurdly deep nesting before the parser recurses into it, again and again', () => {
    // Once, a second deep parse in the same process crashed Node (out of memory): check several.
    for (const text of [
      '['.repeat(100_000),
      '- '.repeat(50_000) + 'x',
      '{'.repeat(5000) + '}'.repeat(5000),
    ]) {
      const result = openScenarioText(text, 'deep.yaml');
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]!.message).toMatch(
        /^the file nests lists or maps deeper than a scenario ever needs/,
      );
    }
  });

  it('reports a missing file as a problem, not an exception', () => {
    const result = openScenario('test/fixtures/broken/no-such-file.yaml');
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          file: 'test/fixtures/broken/no-such-file.yaml',
          line: 0,
          col: 0,
          message: 'there is no file at this path',
        },
      ],
      lang: 'en',
    });
  });

  it('reads exactly 100 aliases, and refuses the 101st', () => {
    const text = (aliases: number) =>
      [
        'id: aliases',
        'title: Aliases',
        'start: &t 2019-03-21T09:00+09:00',
        'parties: { south: { name: South }, north: { name: North } }',
        'channels: { line: { kind: hotline, name: Line } }',
        'events:',
        ...Array.from({ length: aliases }, (_, i) => `  - { at: *t, side: north, narrate: n${i} }`),
      ].join('\n');
    expect(openScenarioText(text(100), 'a.yaml').ok).toBe(true);
    const over = openScenarioText(text(101), 'a.yaml');
    expect(over.ok).toBe(false);
    if (over.ok) return;
    expect(over.problems[0]!.message).toMatch(/more than 100 times/);
  });

  it('names an unknown bundled id and points to the list', () => {
    const result = openScenario('no-such-scenario');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]!.message).toBe('no such file, and no bundled scenario has this id');
    expect(result.problems[0]!.hint).toContain('liaison-sim list');
  });
});

describe('a name that is neither a file nor a bundled id', () => {
  it('gives no line or column, and suggests the bundled id it is short for or misspells', () => {
    for (const [typed, meant] of [
      ['march-2019', 'march-2019-withdrawal'],
      ['moscow-1963', 'moscow-washington-1963'],
      ['reopning-2018', 'reopening-2018'],
      ['india-pakistan', 'india-pakistan-2021'],
    ] as const) {
      const result = openScenario(typed);
      if (result.ok) throw new Error(typed);
      expect(formatProblems(result.problems)).toBe(
        `${typed}: no such file, and no bundled scenario has this id\n` +
          `  hint: did you mean "${meant}"? (liaison-sim list shows them all)\n`,
      );
    }
  });

  it('suggests nothing for a name unlike every bundled id, and gives no place for a missing path', () => {
    const result = openScenario('hotline-1999');
    if (result.ok) throw new Error('opened');
    expect(result.problems[0]!.hint).toBe('liaison-sim list shows the bundled scenarios');
    const missing = openScenario('no/such/file.yaml');
    if (missing.ok) throw new Error('opened');
    expect(formatProblems(missing.problems)).toBe('no/such/file.yaml: there is no file at this path\n');
  });
});
