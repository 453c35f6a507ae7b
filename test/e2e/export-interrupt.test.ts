import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The built CLI, as a person runs it: a signal ends the whole process. */
const CLI = process.env.LIAISON_CLI ?? 'dist/cli.js';
const fresh = () => mkdtempSync(join(tmpdir(), 'liaison-force-'));

describe('an export interrupted while it writes', () => {
  /** Starts an export held just before its temporary file moves into place. */
  async function interrupted(signal: NodeJS.Signals, force: boolean) {
    const dir = fresh();
    const target = join(dir, 'handout.md');
    if (force) writeFileSync(target, 'the old handout\n');
    const child = spawn(
      process.execPath,
      [CLI, 'export', 'march-2019-withdrawal', '-o', target, ...(force ? ['--force'] : [])],
      { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LIAISON_TEST_HOLD_WRITE_MS: '60000' } },
    );
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    // The temporary file is there (and written) once it has content.
    const until = Date.now() + 20_000;
    const temporary = () => readdirSync(dir).filter((name) => name.endsWith('.tmp'));
    while (!temporary().some((name) => statSync(join(dir, name)).size > 0)) {
      if (Date.now() > until) throw new Error('the export never wrote its temporary file');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill(signal);
    return { ...(await ended), files: readdirSync(dir), target };
  }

  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
    ['SIGHUP', 129],
  ] as const)('leaves no temporary file after %s, and exits %i', async (signal, code) => {
    const result = await interrupted(signal, false);
    expect(result).toMatchObject({ code, signal: null, files: [] });
  });

  it('leaves the file it was replacing untouched', async () => {
    const result = await interrupted('SIGTERM', true);
    expect(result).toMatchObject({ code: 143, files: ['handout.md'] });
    expect(readFileSync(result.target, 'utf8')).toBe('the old handout\n');
  });
});
