/**
 * docs/scenario-format.md says every example shows the real output: this runs them. Each
 * block of commands (`$ liaison-sim ...`) names, in the comment above it, the example file
 * it runs on (docs/examples/, copied under the name the text uses); each YAML block marked
 * `whole:` or `part of:` must be that file, or a piece of it, so the text and the files the
 * commands run on cannot drift apart either. A line `...` in an output stands for any lines.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/scenario/bundled.js';
import { cli } from '../support/cli.js';

const root = packageRoot();
const DOC = 'docs/scenario-format.md';
const EXAMPLES = join(root, 'docs', 'examples');
const text = readFileSync(join(root, DOC), 'utf8');

interface Block {
  line: number;
  lang: string;
  body: string;
  marker: { kind: string; file: string; as: string } | null;
}

/** Every fenced block of the guide, with the marker comment right above it, if any. */
function blocks(): Block[] {
  const found: Block[] = [];
  const pattern = /(?:<!-- (example|whole|part of): ([\w.-]+)(?: as ([\w.-]+))? -->\n)?^```(\w*)\n([\s\S]*?)^```$/gm;
  for (const m of text.matchAll(pattern)) {
    const line = text.slice(0, m.index).split('\n').length;
    const marker = m[1] ? { kind: m[1], file: m[2]!, as: m[3] ?? m[2]! } : null;
    found.push({ line, lang: m[4]!, body: m[5]!, marker });
  }
  return found;
}

/** The commands of an output block, each with the lines shown after it. */
function sessions(body: string): { command: string; shown: string[] }[] {
  const result: { command: string; shown: string[] }[] = [];
  for (const line of body.replace(/\n$/, '').split('\n')) {
    if (line.startsWith('$ ')) result.push({ command: line.slice(2), shown: [] });
    else result.at(-1)?.shown.push(line);
  }
  return result;
}

/** The output matches the lines shown, where a line "..." stands for any number of lines. */
function expectShown(output: string, shown: string[], where: string) {
  const lines = output.replace(/\n$/, '').split('\n');
  if (!shown.includes('...')) {
    expect(lines, where).toEqual(shown);
    return;
  }
  let at = 0;
  const pieces = shown.join('\n').split(/^\.\.\.$/m);
  pieces.forEach((piece, i) => {
    const want = piece.replace(/^\n|\n$/g, '').split('\n');
    if (i === 0) {
      expect(lines.slice(0, want.length), where).toEqual(want);
      at = want.length;
      return;
    }
    if (i === pieces.length - 1) {
      expect(lines.slice(lines.length - want.length), where).toEqual(want);
      expect(lines.length - want.length, where).toBeGreaterThanOrEqual(at);
      return;
    }
    const start = lines.findIndex((_, k) => k >= at && want.every((w, j) => lines[k + j] === w));
    expect(start, `${where}: ${want[0]}`).toBeGreaterThanOrEqual(0);
    at = start + want.length;
  });
}

const all = blocks();
const dir = mkdtempSync(join(tmpdir(), 'liaison-doc-examples-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe(DOC, () => {
  it('marks every block of commands with the example file it runs on', () => {
    const commands = all.filter((b) => /^\$ liaison-sim /m.test(b.body));
    expect(commands.length).toBeGreaterThanOrEqual(8);
    for (const b of commands) expect(b.marker?.kind, `${DOC}:${b.line}`).toBe('example');
  });

  it.each(all.filter((b) => b.marker?.kind === 'whole' || b.marker?.kind === 'part of'))(
    'shows the example file as it is (line $line)',
    (b) => {
      const file = readFileSync(join(EXAMPLES, b.marker!.file), 'utf8');
      if (b.marker!.kind === 'whole') expect(b.body).toBe(file);
      else expect(file).toContain(b.body);
    },
  );

  it.each(all.filter((b) => b.marker?.kind === 'example'))('shows the real output (line $line)', async (b) => {
    const { file, as } = b.marker!;
    const place = join(mkdtempSync(join(dir, 'run-')), as);
    copyFileSync(join(EXAMPLES, file), place);
    for (const { command, shown } of sessions(b.body)) {
      const [program, ...args] = command.split(/\s+/);
      expect(program).toBe('liaison-sim');
      const result = await cli(args.map((a) => (a === as ? place : a)));
      const output = (result.stdout + result.stderr).replaceAll(place, as);
      expectShown(output, shown, `${DOC}:${b.line} $ ${command}`);
    }
  });
});
