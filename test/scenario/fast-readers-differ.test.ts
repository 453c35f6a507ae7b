/**
 * The fast YAML readers against the full one, on generated snippets of the constructs where
 * they could part ways: comments, quotes with escapes and line breaks, block scalars with
 * every header, flow collections with indicators, document markers, directives, long keys,
 * trailing spaces. A fast reader either stands aside (null) or gives the full reader's data.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBlockYaml } from '../../src/scenario/blockYaml.js';
import { parseScenarioText, type LoadResult } from '../../src/scenario/load.js';
import { readPlainYaml } from '../../src/scenario/plainYaml.js';
import { readYaml } from '../../src/scenario/readYaml.js';
import { fixedLang } from '../../src/words/lang.js';

/** Few runs in `npm test`; FUZZ=1 runs many more. */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? (process.env['FUZZ'] ? 20000 : 400));
const OPTIONS = { numRuns: RUNS, seed: Number(process.env['FUZZ_SEED'] ?? 20180427) };

const word = fc.constantFrom('a', 'name', 'short', 'x-', '-x', 'South', 'One line', '12', 'true', '~', 'a b');
const spaces = fc.constantFrom('', '', '', ' ', '  ');
const comment = fc.constantFrom('', ' # note', ' #', '#x');

/** Scalars on one line, in the forms a fast reader might take. */
const indicators = fc.constantFrom(
  '-',
  '- x',
  '--',
  '-a',
  'a-',
  'x: y',
  'x:y',
  'a#b',
  '%x',
  '...',
  '---',
  '?',
  ':',
);
const plain = fc.oneof(word, indicators);
const doubleQuoted = fc
  .array(
    fc.constantFrom('One', ' line', '\\"', '\\n', '\\t', '\\\\', '\\\n', '\n', '\n\n', '\\\n\n', ' \n ', "'"),
    {
      maxLength: 5,
    },
  )
  .map((parts) => `"${parts.join('')}"`);
const singleQuoted = fc
  .array(fc.constantFrom('One', ' line', "''", '\n', '\n\n', ' \n', '\\', '"'), { maxLength: 5 })
  .map((parts) => `'${parts.join('')}'`);
const flowItem = fc.oneof(
  plain,
  indicators,
  // A "-" the flow's `,` `]` `}` ends at once is a block entry, not text.
  fc.constantFrom('-', 'x-', '-x', '--'),
  doubleQuoted,
  singleQuoted,
  fc.constantFrom('[]', '{}', '[a]', '{ a: b }'),
);
const flowSpace = fc.constantFrom('', '', ' ', '  ');
const flowList = fc
  .array(fc.tuple(flowSpace, flowItem, flowSpace), { maxLength: 4 })
  .map((items) => `[${items.map(([a, v, b]) => a + v + b).join(',')}]`);
const flowMap = fc
  .array(fc.tuple(fc.constantFrom('a', 'b', 'name', 'short', '"q"'), flowItem), { maxLength: 3 })
  .chain((pairs) =>
    fc
      .tuple(flowSpace, flowSpace)
      .map(([a, b]) => `{${a}${pairs.map(([k, v], i) => `${k}${i}: ${v}`).join(', ')}${b}}`),
  );
const inline = fc.oneof(
  plain,
  doubleQuoted,
  singleQuoted,
  { arbitrary: flowList, weight: 2 },
  { arbitrary: flowMap, weight: 2 },
);

/** A block scalar's header and lines, indented under a key at `indent`. */
const blockScalar = (indent: string) =>
  fc
    .tuple(
      fc.constantFrom('|', '>'),
      fc.constantFrom('', '-', '+', '1', '2', '1-', '2+', '+1'),
      fc.array(fc.constantFrom('One line', ' more', '', ' ', '    ', 'last  '), {
        minLength: 1,
        maxLength: 4,
      }),
    )
    .map(([style, header, lines]) => `${style}${header}\n${lines.map((l) => `${indent}  ${l}`).join('\n')}`);

const key = fc.oneof(
  { arbitrary: fc.constantFrom('a', 'b', 'name', 'short', 'c-d', '"quoted"', "'single'"), weight: 10 },
  fc.integer({ min: 995, max: 1030 }).map((n) => 'k'.repeat(n)),
  fc.integer({ min: 995, max: 1030 }).map((n) => `"${'q'.repeat(n)}"`),
);

/** One entry of a map at `indent`: a value on its line, a block scalar, or a nested map or list. */
const entry = (indent: string, i: number): fc.Arbitrary<string> =>
  fc
    .tuple(
      key,
      fc.oneof(
        { arbitrary: fc.tuple(inline, comment).map(([v, c]) => ` ${v}${c}`), weight: 6 },
        blockScalar(indent).map((b) => ` ${b}`),
        fc.tuple(word, word).map(([x, y]) => `\n${indent}  x: ${x}\n${indent}  y: ${y}`),
        fc.tuple(inline, plain).map(([x, y]) => `\n${indent}  - ${x}\n${indent}  - ${y}`),
      ),
      spaces,
    )
    .map(([k, value, trailing]) => `${indent}${k}${i}:${value}${trailing}`);

const header = fc.constantFrom(
  '',
  '',
  '',
  '',
  '',
  '---\n',
  '--- # start\n',
  '...\n',
  '... ',
  '%YAML 1.2\n---\n',
  '%FOO bar\n---\n',
  '# c\n---\n',
);
const footer = fc.constantFrom(
  '',
  '',
  '',
  '\n',
  '\n',
  '\n...\n',
  '\n---\n',
  '\n--- \n',
  '\n# end',
  '  ',
  '\n  ',
);

const snippet = fc
  .tuple(header, fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), footer)
  .chain(([head, entries, foot]) =>
    fc.tuple(...entries.map((_, i) => entry('', i))).map((lines) => `${head}${lines.join('\n')}${foot}`),
  );

/** Plain block maps of flow values, the line reader's own ground, with indicators in them. */
const flowSnippet = fc
  .array(fc.tuple(fc.constantFrom('a', 'name', 'short'), fc.oneof(flowList, flowMap, plain), comment), {
    minLength: 1,
    maxLength: 3,
  })
  .map((entries) => entries.map(([k, v, c], i) => `${k}${i}: ${v}${c}\n`).join(''));

/** What the full reader makes of the text: its data, or that it refuses it. */
function full(text: string): { ok: true; data: unknown } | { ok: false } {
  const read = readYaml(text, 'snippet.yaml', fixedLang('en'));
  return read.ok ? { ok: true, data: read.data } : { ok: false };
}

describe('the fast YAML readers against the full reader', () => {
  it('the line reader stands aside, or reads the full reader’s data', () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.oneof(snippet, flowSnippet), (text) => {
        const fast = readBlockYaml(text);
        if (fast === null) return;
        taken++;
        expect(full(text)).toEqual({ ok: true, data: fast });
      }),
      OPTIONS,
    );
    expect(taken).toBeGreaterThan(0);
  });

  it('the js-yaml path stands aside, or reads the full reader’s data', () => {
    let taken = 0;
    fc.assert(
      fc.property(snippet, (text) => {
        const fast = readPlainYaml(text);
        if (fast === null) return;
        taken++;
        expect(full(text)).toEqual({ ok: true, data: fast.data });
      }),
      OPTIONS,
    );
    expect(taken).toBeGreaterThan(0);
  });

  it('the cases the review found are each stood aside from', () => {
    const cases = [
      'south: { name: -, short: South }\n',
      'south: { short: -}\n',
      'a: [-]\n',
      'a: [x-, -]\n',
      '...\na: 1\n',
      '... a: 1\n',
      '%FOO bar\n---\na: 1\n',
      `${'k'.repeat(1030)}: 1\n`,
      `"${'k'.repeat(1030)}": 1\n`,
      'a: "One line\\\n\nbetween two parties"\n',
      'a: >1\n  One line\n  \n',
      'a: |2\n    \n',
      'a:\n  b: |+\n  ',
    ];
    for (const text of cases) {
      expect(readBlockYaml(text), text).toBeNull();
      expect(readPlainYaml(text), text).toBeNull();
    }
  });
});

const BASE = readFileSync('test/fixtures/valid/withdrawal.yaml', 'utf8');
const visible = (r: LoadResult) =>
  r.ok ? { scenario: r.scenario, warnings: r.warnings } : { problems: r.problems };

describe('a scenario with such snippets', () => {
  it('is accepted or refused alike, with the same messages, fast or not', () => {
    const title = fc.oneof(inline, blockScalar(''));
    // Counted, so that a generator whose every file the fast path refuses cannot pass by
    // comparing the full reader with itself.
    let fast = 0;
    fc.assert(
      fc.property(header, title, footer, (head, value, foot) => {
        const text = head + BASE.replace(/^title: .*$/m, `title: ${value}`) + foot;
        if (readPlainYaml(text) !== null) fast++;
        expect(visible(parseScenarioText(text, 'snippet.yaml'))).toEqual(
          visible(parseScenarioText(text, 'snippet.yaml', 'en', { fastPath: false })),
        );
      }),
      { ...OPTIONS, numRuns: Math.ceil(RUNS / 4) },
    );
    expect(fast).toBeGreaterThan(0);
  });
});
