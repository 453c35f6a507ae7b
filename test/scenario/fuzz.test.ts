import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenarioText, type LoadResult } from '../../src/scenario/load.js';
import { readPlainYaml } from '../../src/scenario/plainYaml.js';
import { readYaml } from '../../src/scenario/readYaml.js';
import { fixedLang } from '../../src/words/lang.js';
import { openScenarioText } from '../../src/session/open.js';

/** A valid scenario to start from: every mutation of it must load or give located problems. */
const BASE = readFileSync('test/fixtures/valid/withdrawal.yaml', 'utf8');
const BASE_LINES = BASE.split('\n');

type Mutation = (lines: string[]) => string[];

const index = fc.nat({ max: BASE_LINES.length + 5 });
const at = (lines: string[], i: number) => i % Math.max(1, lines.length);

const strange = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -1000, max: 100000 }).map(String),
  fc.double({ noNaN: false }).map(String),
  fc.constantFrom(
    '',
    '~',
    'null',
    '[]',
    '{}',
    '&a x',
    '*a',
    '!!binary aGVsbG8=',
    '!custom x',
    '"unterminated',
    "'09:00'",
    '2019-03-22T10:00',
    '2019-02-30T10:00+09:00',
    '[office, office]',
    'nature',
    'both',
    '- x',
    ': :',
    '{ a: 1 }',
    '\t',
    // Valid-looking values reach the deeper checks and the simulation's refusals.
    'withdraw-staff',
    'send-staff',
    'reduce-staff',
    'break',
    'repair',
    'connect',
    'stop-answering',
    'office',
    'liaison',
    'military',
    'south',
    'north',
    'closed',
    'open',
    '5',
    '25',
    '2019-03-23T10:00+09:00',
    '2019-03-26T10:00+09:00',
    // Object.prototype's names, as ids and keys.
    'constructor',
    '__proto__',
    'toString',
    'valueOf',
    'hasOwnProperty',
    // Years at the edges of what a date can say.
    '0000-03-22T10:00+09:00',
    '0099-03-22T10:00+09:00',
    '9999-12-31T23:59+09:00',
    '10000-01-01T00:00+09:00',
    // Control characters: C0, C1, an ESC sequence, quoted so YAML keeps them.
    '"\\u0007bell"',
    '"\\u009b31m"',
    '"\\e[2J\\e]0;title\\a"',
    '\u001b[31mred',
    '\u0085next',
    '\u009dosc',
  ),
);

/** Whole-text changes the audit found editors and people make. */
const PROTOTYPE_KEYS = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'];
const wholeText: fc.Arbitrary<(text: string) => string> = fc.oneof(
  fc.constant((text: string) => text.replace(/\n/g, '\r\n')),
  fc.constant((text: string) => `\ufeff${text}`),
  fc.constant((text: string) => text.replace(/^( {2})+/gm, (indent) => '\t'.repeat(indent.length / 2))),
  fc.tuple(index, fc.integer({ min: 1000, max: 20000 })).map(([i, n]) => (text: string) => {
    const lines = text.split('\n');
    lines[at(lines, i)] += 'x'.repeat(n);
    return lines.join('\n');
  }),
  fc.constantFrom(...PROTOTYPE_KEYS).map((name) => (text: string) => text.replace(/\bnorth\b/g, name)),
  fc.constantFrom(...PROTOTYPE_KEYS).map((name) => (text: string) => text.replace(/\boffice\b/g, name)),
  fc
    .constantFrom(...PROTOTYPE_KEYS)
    .map((name) => (text: string) => text.replace(/^events:/m, `${name}: 1\nevents:`)),
  fc.constant((text: string) =>
    text.replace(
      /^channels:\n/m,
      "hotline: &h { kind: hotline, name: Line }\nchannels:\n  merged: { <<: *h, checks: { at: ['09:00'], days: daily } }\n",
    ),
  ),
  fc.constant((text: string) =>
    text.replace(
      /^channels:\n/m,
      "hotline: &h { kind: hotline, name: Line }\nchannels:\n  merged: { !!merge <<: *h, checks: { at: ['09:00'], days: daily } }\n",
    ),
  ),
  fc.constant((text: string) => text.replace(/^(\s*)(staff|checks):/m, '$1<<: { kind: hotline }\n$1$2:')),
);

/** C0 and C1 controls but tab and newline: none may reach a loaded scenario. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      strings(v, out);
    }
  return out;
}

/** Few runs in `npm test`; `npm run fuzz` (FUZZ=1) runs many more. */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? (process.env['FUZZ'] ? 20000 : 300));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  index.map((i) => (lines: string[]) => lines.filter((_, j) => j !== at(lines, i))),
  fc.tuple(index, index).map(([i, j]) => (lines: string[]) => {
    const copy = [...lines];
    const [a, b] = [at(copy, i), at(copy, j)];
    [copy[a], copy[b]] = [copy[b]!, copy[a]!];
    return copy;
  }),
  fc
    .tuple(index, fc.nat(), fc.string({ minLength: 1, maxLength: 1 }))
    .map(([i, k, ch]) => (lines: string[]) => {
      const copy = [...lines];
      const line = copy[at(copy, i)] ?? '';
      const pos = k % Math.max(1, line.length);
      copy[at(copy, i)] = line.slice(0, pos) + ch + line.slice(pos + 1);
      return copy;
    }),
  fc.tuple(index, strange).map(([i, value]) => (lines: string[]) => {
    const copy = [...lines];
    const line = copy[at(copy, i)] ?? '';
    const colon = line.indexOf(': ');
    copy[at(copy, i)] = colon < 0 ? `${line} ${value}` : `${line.slice(0, colon + 2)}${value}`;
    return copy;
  }),
  index.map((i) => (lines: string[]) => {
    const copy = [...lines];
    copy.splice(at(copy, i), 0, copy[at(copy, i)] ?? '');
    return copy;
  }),
);

/** A scenario text after a few line mutations and maybe a whole-text one. */
const mutant: fc.Arbitrary<string> = fc
  .tuple(fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.array(wholeText, { maxLength: 2 }))
  .map(([mutations, whole]) =>
    whole.reduce((t, w) => w(t), mutations.reduce((lines, m) => m(lines), BASE_LINES).join('\n')),
  );
const FUZZ_OPTIONS = { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20190322) };

describe('openScenarioText on mutated scenarios', () => {
  it(
    'never throws: it loads, or every problem has a line, a column and a message',
    { timeout: 600_000 },
    () => {
      let loaded = 0;
      fc.assert(
        fc.property(mutant, (text) => {
          const result = openScenarioText(text, 'mutant.yaml');
          if (result.ok) {
            loaded++;
            expect(result.timeline.frames.length).toBeGreaterThan(0);
            for (const text of strings(result.scenario)) expect(text).not.toMatch(CONTROL);
            return;
          }
          expect(result.problems.length).toBeGreaterThan(0);
          const positions = result.problems.map((p) => p.line * 1e6 + p.col);
          expect(positions).toEqual([...positions].sort((a, b) => a - b));
          for (const p of result.problems) {
            expect(p.file).toBe('mutant.yaml');
            expect(Number.isInteger(p.line) && p.line >= 1).toBe(true);
            expect(Number.isInteger(p.col) && p.col >= 1).toBe(true);
            expect(p.message.trim().length).toBeGreaterThan(0);
            // An internal error means our code threw: a bug, even though it is reported politely.
            expect(p.message).not.toMatch(/^internal error/);
            // An absent key is named as missing, never as a value that is "undefined".
            expect(p.message).not.toMatch(/\bundefined\b/);
          }
        }),
        FUZZ_OPTIONS,
      );
      // Some mutations (a changed narration) leave a valid scenario: both paths get exercised.
      expect(loaded).toBeGreaterThan(0);
    },
  );
});

describe('the fast path on mutated scenarios', () => {
  it(
    'reads the data the full reader reads, or leaves the text to it; the answer is the same',
    { timeout: 600_000 },
    () => {
      let plain = 0;
      fc.assert(
        fc.property(mutant, (text) => {
          const fast = readPlainYaml(text);
          if (fast !== null) {
            plain++;
            const full = readYaml(text, 'mutant.yaml', fixedLang('en'));
            expect(full.ok).toBe(true);
            if (full.ok) expect(fast.data).toEqual(full.data);
          }
          const visible = (r: LoadResult) =>
            r.ok ? { scenario: r.scenario, warnings: r.warnings } : { problems: r.problems };
          expect(visible(parseScenarioText(text, 'mutant.yaml'))).toEqual(
            visible(parseScenarioText(text, 'mutant.yaml', 'en', { fastPath: false })),
          );
        }),
        FUZZ_OPTIONS,
      );
      expect(plain).toBeGreaterThan(0);
    },
  );
});
