import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledScenarios, packageRoot } from '../../src/scenario/bundled.js';
import { cli } from '../support/cli.js';

describe('README', () => {
  it('lists every bundled scenario in its table, and none that is not bundled', () => {
    const readme = readFileSync(join(packageRoot(), 'README.md'), 'utf8');
    const table = readme.split('### Bundled scenarios')[1]!.split('\n## ')[0]!;
    const listed = [...table.matchAll(/^\| `([a-z0-9-]+)`/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(bundledScenarios().map((s) => s.id).sort());
  });
});

/** The lines of every ```sh block in the part of the README under `heading`. */
function shLines(readme: string, heading: string): string[] {
  const section = readme.split(`\n## ${heading}\n`)[1]!.split('\n## ')[0]!;
  return [...section.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].flatMap((m) => m[1]!.split('\n').filter(Boolean));
}

describe("README's examples", () => {
  const readme = readFileSync(join(packageRoot(), 'README.md'), 'utf8');
  const examples = [...shLines(readme, 'Teaching with liaison-sim'), ...shLines(readme, 'Commands')];

  it('keeps to two set-up commands', () => {
    expect(shLines(readme, 'Set up and run')).toEqual(['npm install && npm start', 'npm test']);
  });

  it('writes every example in a form that works right after them: liaison-sim is not on the PATH yet', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
    // npm's own banner would end up in a file the output is sent to, unless --silent.
    for (const line of examples) expect(line).toMatch(/^npm start --silent -- /);
  });

  it('runs every example as written, and each succeeds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'liaison-readme-'));
    try {
      for (const line of examples) {
        const words = line.replace(/\s+#.*$/, '').split(/\s+/).slice(4);
        const redirect = words.indexOf('>');
        const args = redirect < 0 ? words : words.slice(0, redirect);
        // Files go to a folder of the test's own; -o never replaces one that exists.
        const placed = args.map((a, i) => (args[i - 1] === '-o' ? join(dir, a) : a));
        const result = await cli(placed);
        expect(result.code, `${line}\n${result.stderr}`).toBe(0);
        const output = placed.includes('-o') ? readFileSync(placed[placed.indexOf('-o') + 1]!, 'utf8') : result.stdout;
        expect(output.length, line).toBeGreaterThan(0);
        const file = redirect < 0 ? placed[placed.indexOf('-o') + 1] : words[redirect + 1];
        if (file?.endsWith('.svg')) expect(output, line).toMatch(/^<\?xml/);
        if (file?.endsWith('.html')) expect(output, line).toMatch(/^<!doctype html>/i);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
