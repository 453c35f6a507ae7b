import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneChannelYaml } from '../../bench/files.js';
import { readBlockYaml } from '../../src/scenario/blockYaml.js';
import { parseScenarioText } from '../../src/scenario/load.js';
import { readPlainYaml } from '../../src/scenario/plainYaml.js';
import { readYaml } from '../../src/scenario/readYaml.js';
import { fixedLang } from '../../src/words/lang.js';

const FOLDERS = ['scenarios', 'test/fixtures/valid', 'test/fixtures/broken', 'test/fixtures/hostile'];
const FILES = FOLDERS.flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => join(folder, name)),
);

/** The line reader stands aside, or reads exactly what the full reader reads; which one it did. */
function readsAsFull(text: string): 'aside' | 'read' {
  const block = readBlockYaml(text);
  if (block === null) return 'aside';
  const full = readYaml(text, 'f.yaml', fixedLang('en'));
  expect(full.ok, text).toBe(true);
  if (full.ok) expect(block, text).toStrictEqual(full.data);
  return 'read';
}

describe('the line reader', () => {
  it.each(FILES)('reads %s as the full reader does, or stands aside', (file) => {
    readsAsFull(readFileSync(file, 'utf8'));
  });

  it('reads most broken fixtures (their problems are in the data, not the YAML) and the large plain file', () => {
    const read = FILES.filter((file) => readsAsFull(readFileSync(file, 'utf8')) === 'read');
    expect(read.length).toBeGreaterThan(40);
    expect(readsAsFull(oneChannelYaml(200))).toBe('read');
    // And the loader takes that way: the large file is read without js-yaml's events.
    expect(readPlainYaml(oneChannelYaml(200))?.data).toStrictEqual(readBlockYaml(oneChannelYaml(200)));
    const loaded = parseScenarioText(oneChannelYaml(200), 'one.yaml');
    expect(loaded.ok && loaded.scenario.events.length).toBe(200);
  });

  const READ: string[] = [
    'a: 1\nb: true\nc: ~\nd:\ne: 1.5\nf: 0x1F\ng: yes\nh: 2019-03-22\ni: -x\nj: -5\nk: .inf\nl: 1_000\nm: 0b1\n',
    'a: null\nb: Null\nc: nULL\nd: True\ne: tRUE\nf: 012\ng: 1e3\nh: 0o17\n',
    "a: [09:00, 16:00]\nb: [a:b]\nc: {x: a:b}\nd: [-x, -1]\ne: [x'y]\n",
    "a: http://x\nb: C#\nc: a:b\nd: x # c\ne: x#y\nf: x, y\ng: x's\nh: x*y &z\ni: x ! y\nj: x %y\n",
    "a: 'it''s'\nb: \"say 'hi'\"\nc: ''\nd: \"\"\ne: 'a # b' # c\nf: ''''\ng: \"x\" # c\n",
    'a:\n- 1\n- 2\nb: 3\n',
    'a:\n  - 1\n  -   x: 1\n      y: 2\n  -\n    z: 3\n  - # c\n    w: 4\n',
    'list:\n- a: 1\n  b: 2\n- c: 3\nnext: 4\n',
    'a:\n  b:\n    c: d\n  e: f\n',
    '# top\na: 1 # one\n\n   # indented comment\nb:\n  # inside\n  c: 2\n',
    'a: x\n  # a deeper comment\nb: y\n',
    'a:\n  #c\nb: 1\n',
    'a: 1',
    'a:',
    'a:    \nb: #\nc: x #\n',
    'a: { }\nb: [ ]\nc: {a: [1, {b: c}]}\nd: [[]]\ne: [{}]\nf: [x, [y, [z]]]\n',
    'a: [a b, c d]\nb: [x, "y, z", \'w\']\nc: [x,y]\nd: {x: 1,y: 2}\ne: [ x , y ]\nf: { b: 1 , c: 2 }\n',
    'a: 한국어 텍스트\nb: "é"\nc: x\u00a0y\nd: \u00a0\n',
    'yes: 1\non: 2\nNo: 3\na.b: 4\na-b: 5\n$s: 6\n_x: 7\nconstructor: 8\ntoString: 9\n',
    'a: x  \nb:   y   # c\nc: "x" \n\n\n',
    'a: ---\nb: ...\nc: ~x\nd: x~\ne: 0:30\nf: 12:30:00\ng: x,\n',
    'a:  \n  b: 1\nc: \n- x\n',
  ];
  it.each(READ)('reads %j exactly as the full reader does', (text) => {
    expect(readsAsFull(text)).toBe('read');
  });

  const ASIDE: [string, string][] = [
    ['a top-level list', '- a\n- b\n'],
    ['a map in the value of a map on one line', 'a: b: c\n'],
    ['a tag', 'a: !x y\n'],
    ['an anchor', 'a: &x y\n'],
    ['an alias', 'a: *x\n'],
    ['an escape', 'a: "a\\"b"\n'],
    ['a quoted text over two lines', 'a: "x\n  y"\n'],
    ['a plain text over two lines', 'a: x\n  y\n'],
    ['a list entry over two lines', 'a:\n- x\n  - y\n'],
    ['a literal block', 'a: |\n  x\n'],
    ['a folded block', 'a: >\n  x\n'],
    ['a document end', 'a: x\n...\n'],
    ['a document start', '---\na: x\n'],
    ['a second document', 'a: x\n---\nb: y\n'],
    ['a directive', '%YAML 1.2\n---\na: x\n'],
    ['a number as a key', '12: x\n'],
    ['a boolean as a key', 'true: x\n'],
    ['a number as a key in a flow map', 'a: {1: x}\n'],
    ['a quoted key', '"a": x\n'],
    ['a merge key', 'a: 1\n<<: {}\n'],
    ['a "__proto__" key', '__proto__: 1\n'],
    ['a key written twice', 'a: 1\na: 2\n'],
    ['a key written twice in a flow map', 'a: {b: 1, b: 2}\n'],
    ['a key too long for the full reader', `k${'x'.repeat(1100)}: 1\n`],
    ['a space before the colon', 'a : x\n'],
    ['no space after the colon', 'a:x\n'],
    ['a key without a value in a flow map', 'a: {b}\n'],
    ['an empty value in a flow map', 'a: {b: }\n'],
    ['a trailing comma', 'a: [x, ]\n'],
    ['an empty entry', 'a: [, x]\n'],
    ['text after a flow list', 'a: [x] y\n'],
    ['text after a quoted text', 'a: "x" y\n'],
    ['a comment without a space', 'a: "x"#c\n'],
    ['a flow list over two lines', 'a: [x,\n  y]\n'],
    ['a bracket in plain text', 'a: x [y]\n'],
    ['a list in a list on one line', 'x:\n  - - a\n'],
    ['a misplaced list entry', 'x:\n  - a: 1\n    - b\n'],
    ['keys out of line', 'a:\n  b: 1\n c: 2\n'],
    ['a more indented key', 'a: 1\n b: 2\n'],
    ['a lone dash', 'a: -\n'],
    ['an indicator', 'a: @x\n'],
    ['a text ending in a colon', 'a: x:\n'],
    ['a flow map key without a space', 'a: {x:1}\n'],
    ['an empty text', ''],
    ['comments only', '# nothing\n'],
  ];
  it.each(ASIDE)('stands aside for %s', (_, text) => {
    expect(readBlockYaml(text)).toBeNull();
  });

  // Documents built as trees and written as block YAML (a random indent step, compact or
  // indentless lists, comments), then sometimes nudged: a line moved, or an odd line put in.
  type Node = string | { map: [string, Node][] } | { list: Node[] };
  const key = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('a', 'b', 'at', 'do', 'yes', 'x-y', 'k.v', 'toString') },
    fc.constantFrom('12', 'true', '__proto__', '"q"', 'a b', '<<'),
  );
  const scalar = fc.oneof(
    {
      weight: 12,
      arbitrary: fc.constantFrom(
        'x',
        'North Korea',
        '2019-03-22T10:00+09:00',
        '12',
        '~',
        "'it''s'",
        '"q"',
        '[a, b]',
      ),
    },
    fc.constantFrom(
      '',
      'null',
      '-3',
      '1.5',
      '.inf',
      'true',
      'x # c',
      'x#y',
      'a: b',
      'a:b',
      'x:',
      '"a\\"b"',
      "'unterminated",
      '[x, y]',
      '[x, [y]]',
      '{ a: 1, b: [2] }',
      '{a}',
      '[x,]',
      '[09:00]',
      '- x',
      '-x',
      '&a x',
      '*a',
      '!t x',
      '|',
      '>-',
      '# only a comment',
      'x [y]',
    ),
    // No control characters or tabs: the caller refuses those before the line reader runs.
    fc.string({ maxLength: 6 }).filter((text) => ![...text].some((ch) => ch < ' ')),
  );
  const { node } = fc.letrec<{ node: Node }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      scalar,
      fc.array(fc.tuple(key, tie('node')), { maxLength: 4 }).map((map) => ({ map })),
      fc.array(tie('node'), { maxLength: 4 }).map((list) => ({ list })),
    ),
  }));
  const style = fc.record({
    step: fc.integer({ min: 1, max: 4 }),
    indentless: fc.boolean(),
    comments: fc.boolean(),
  });

  function write(
    value: Node,
    indent: number,
    how: { step: number; indentless: boolean; comments: boolean },
  ): string[] {
    const pad = ' '.repeat(indent);
    if (typeof value === 'string') return [`${pad}${value}`];
    if ('map' in value) {
      if (value.map.length === 0) return [`${pad}{}`];
      return value.map.flatMap(([k, v]) => {
        if (typeof v === 'string') return [`${pad}${k}: ${v}`];
        const inner = how.indentless && 'list' in v ? indent : indent + how.step;
        return [`${pad}${k}:`, ...(how.comments ? [`${pad}# about ${k}`] : []), ...write(v, inner, how)];
      });
    }
    if (value.list.length === 0) return [`${pad}[]`];
    return value.list.flatMap((item) => {
      if (typeof item === 'string') return [`${pad}- ${item}`];
      if ('map' in item && item.map.length > 0) {
        // "- key: value" with the map's other keys under the first.
        const lines = write(item, indent + 1 + how.step, how);
        return [`${pad}-${' '.repeat(how.step)}${lines[0]!.trimStart()}`, ...lines.slice(1)];
      }
      return [`${pad}-`, ...write(item, indent + how.step, how)];
    });
  }

  const nudge = fc.oneof(
    { weight: 3, arbitrary: fc.constant((lines: string[]) => lines) },
    fc.tuple(fc.nat(), fc.integer({ min: -2, max: 2 })).map(([i, by]) => (lines: string[]) => {
      const at = i % lines.length;
      const line = lines[at]!;
      lines[at] =
        by > 0
          ? `${' '.repeat(by)}${line}`
          : line.slice(Math.min(-by, line.length - line.trimStart().length));
      return lines;
    }),
    fc
      .tuple(fc.nat(), fc.constantFrom('', '# c', '   # c', '---', '...', '-', 'x', '  - y', 'z:'))
      .map(([i, odd]) => (lines: string[]) => {
        lines.splice(i % (lines.length + 1), 0, odd);
        return lines;
      }),
  );
  const documents = fc
    .tuple(fc.array(fc.tuple(key, node), { minLength: 1, maxLength: 5 }), style, nudge)
    .map(([map, how, change]) => `${change(write({ map }, 0, how)).join('\n')}\n`);

  const RUNS = Number(process.env['FUZZ_RUNS'] ?? (process.env['FUZZ'] ? 20000 : 500));
  it('reads pieced-together documents as the full reader does, or stands aside', () => {
    let read = 0;
    fc.assert(
      fc.property(documents, (text) => {
        if (readsAsFull(text) === 'read') read++;
      }),
      { numRuns: RUNS, seed: Number(process.env['FUZZ_SEED'] ?? 20190322) },
    );
    // Both ways are taken.
    expect(read).toBeGreaterThan(RUNS / 20);
    expect(read).toBeLessThan(RUNS);
  });
});
