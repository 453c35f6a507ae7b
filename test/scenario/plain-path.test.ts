import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenarioText, type LoadResult } from '../../src/scenario/load.js';
import { readPlainYaml } from '../../src/scenario/plainYaml.js';
import { readYaml } from '../../src/scenario/readYaml.js';
import { fixedLang } from '../../src/words/lang.js';

const FOLDERS = ['scenarios', 'test/fixtures/valid', 'test/fixtures/broken', 'test/fixtures/hostile'];
const FILES = FOLDERS.flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => join(folder, name)),
);

/** What a caller can see of a load, without the function that places later problems. */
const visible = (result: LoadResult) =>
  result.ok ? { scenario: result.scenario, warnings: result.warnings } : { problems: result.problems };

// Files with a problem always take the full path, so only files that load compare two paths.
const LOADING = FILES.filter((file) => !file.includes('broken') && !file.includes('hostile'));

describe('the fast path and the full path', () => {
  it.each(LOADING)('give the same answer for %s', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(visible(parseScenarioText(text, file))).toEqual(
      visible(parseScenarioText(text, file, 'en', { fastPath: false })),
    );
  });

  it.each(FILES)('read the same data from %s, or the fast reader stands aside', (file) => {
    const text = readFileSync(file, 'utf8');
    const plain = readPlainYaml(text);
    if (plain === null) return;
    const full = readYaml(text, file, fixedLang('en'));
    expect(full.ok).toBe(true);
    if (full.ok) expect(plain.data).toEqual(full.data);
  });

  it('reads every bundled scenario and valid fixture the fast way', () => {
    expect(LOADING.length).toBeGreaterThan(5);
    for (const file of LOADING) expect(readPlainYaml(readFileSync(file, 'utf8')), file).not.toBeNull();
  });
});

const BASE = readFileSync('test/fixtures/valid/withdrawal.yaml', 'utf8');

/** Texts the fast reader must leave to the full one, each with what makes it so. */
const UNUSUAL: [string, string][] = [
  ['an anchor and an alias', BASE.replace(/^title: (.*)$/m, 'title: &t $1\nsummary: *t')],
  ['a tag', BASE.replace(/^title: /m, 'title: !!str ')],
  ['a custom tag', BASE.replace(/^title: /m, 'title: !x ')],
  ['a merge key', BASE.replace(/^channels:\n/m, 'channels:\n  <<: {}\n')],
  ['a "__proto__" key', BASE.replace(/^events:/m, '__proto__: 1\nevents:')],
  ['a quoted "__proto__" key', BASE.replace(/^events:/m, '"__proto__": 1\nevents:')],
  ['a key written twice', BASE.replace(/^title: (.*)$/m, 'title: $1\ntitle: again')],
  ['a number as a key', BASE.replace(/^events:/m, '12: x\nevents:')],
  ['a null key', BASE.replace(/^events:/m, '~: x\nevents:')],
  ['a list as a key', BASE.replace(/^events:/m, '? [a, b]\n: x\nevents:')],
  ['a second document', `${BASE}---\nid: other\n`],
  ['a directive', `%YAML 1.2\n---\n${BASE}`],
  ['a tab', BASE.replace(/^title: /m, 'title:\t')],
  ['a carriage return', BASE.replace(/\n/g, '\r\n')],
  ['a byte order mark', `\ufeff${BASE}`],
  ['a control character', BASE.replace(/^title: (.*)$/m, 'title: "$1 \\e[2J"').replace('\\e', '\u001b')],
  ['a syntax error', BASE.replace(/^title: (.*)$/m, 'title: [unclosed')],
  ['an empty text', ''],
  ['comments only', '# nothing here\n'],
];

describe('readPlainYaml', () => {
  it.each(UNUSUAL)('stands aside for %s, and the full path gives its own answer', (_, text) => {
    expect(readPlainYaml(text)).toBeNull();
    // The full path answers: the scenario, or at least one located problem.
    const result = parseScenarioText(text, 'odd.yaml');
    if (result.ok) expect(result.scenario.id).toBe('test-withdrawal');
    else expect(result.problems[0]).toMatchObject({ file: 'odd.yaml', line: expect.any(Number) });
  });

  it('reads plain scalars as the core schema does', () => {
    const text =
      'b:\nc: -x\na: [~, null, Null, true, False, 12, -3, 0o17, 0x1F, 1.5, 1e3, .inf, -.Inf, .nan, 1_000, yes, "12", 0b1, 2019-03-22]\n';
    const full = readYaml(text, 'f.yaml', fixedLang('en'));
    expect(full.ok).toBe(true);
    expect(readPlainYaml(text)?.data).toEqual(full.ok && full.data);
    const plain = readPlainYaml(text);
    expect((plain?.data as { a: unknown[] }).a.slice(-5)).toEqual([
      '1_000',
      'yes',
      '12',
      '0b1',
      '2019-03-22',
    ]);
  });

  it('keeps the text of quoted, folded and literal scalars', () => {
    const text = `a: 'it''s'\nb: "tab\\tthere \\u00e9"\nc: |\n  line one\n  line two\nd: >-\n  folded\n  text\ne: plain\n  continued\n`;
    const full = readYaml(text, 'f.yaml', fixedLang('en'));
    expect(readPlainYaml(text)?.data).toEqual(full.ok && full.data);
  });
});

describe('the fast path with integer-like ids', () => {
  it('leaves the order of parties and channels to the YAML tree', () => {
    const text = BASE.replace(/\bnorth\b/g, '12');
    const fast = parseScenarioText(text, 'ids.yaml');
    expect(visible(fast)).toEqual(visible(parseScenarioText(text, 'ids.yaml', 'en', { fastPath: false })));
    if (fast.ok) expect(fast.scenario.parties.map((p) => p.id)).toEqual(['south', '12']);
  });
});

describe('the fast path with characters to clean', () => {
  const cases: [string, string, string][] = [
    ['an escape that writes ESC', 'title: "Withdrawal \\e[2J"', 'Withdrawal ␛[2J'],
    ['an escape that writes a bidi override', 'title: "Withdrawal \\u202e"', 'Withdrawal \\u202e'],
    ['a bidi override written as it is', 'title: Withdrawal \u202e', 'Withdrawal \\u202e'],
  ];
  it.each(cases)('reads %s, and cleans it as the full path does', (_, line, shown) => {
    const text = BASE.replace(/^title: .*$/m, line);
    const plain = readPlainYaml(text);
    expect(plain?.clean).toBe(false);
    const fast = parseScenarioText(text, 'clean.yaml');
    expect(fast.ok && fast.scenario.title).toBe(shown);
    expect(visible(fast)).toEqual(visible(parseScenarioText(text, 'clean.yaml', 'en', { fastPath: false })));
  });

  it('knows a file with nothing to clean', () => {
    expect(readPlainYaml(BASE.replace(/^title: .*$/m, 'title: "Withdrawal \\"quoted\\""'))?.clean).toBe(true);
  });
});

describe('the fast path with warnings', () => {
  it('gives the warnings the full path gives, at the same lines', () => {
    // One event an hour off the file's own offset: it loads, with a warning at its line.
    const text = BASE.replace(/^(\s*- at: \d{4}-\d{2}-\d{2}T\d{2}:\d{2})\+09:00$/m, '$1+10:00');
    expect(text).not.toBe(BASE);
    const fast = parseScenarioText(text, 'offset.yaml');
    expect(fast.ok && fast.warnings.length).toBe(1);
    expect(visible(fast)).toEqual(visible(parseScenarioText(text, 'offset.yaml', 'en', { fastPath: false })));
  });
});
