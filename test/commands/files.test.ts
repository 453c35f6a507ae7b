import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/scenario/load.js';

/** The built CLI, as a person runs it. */
const CLI = process.env.LIAISON_CLI ?? 'dist/cli.js';
const GOOD = 'test/fixtures/valid/withdrawal.yaml';

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 20_000 });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

describe('scenario paths that are not regular files, or too large', () => {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-files-'));
  const readFromFile =
    '  hint: a scenario is read from a regular file: save the text as a .yaml file and name that';

  it('refuses /dev/zero instead of reading it for ever', () => {
    expect(cli('validate', '/dev/zero')).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `/dev/zero:1:1: not a regular file (a character device)\n${readFromFile}\n`,
    });
  });

  it('refuses a FIFO instead of waiting for a writer that never comes', () => {
    const fifo = join(dir, 'scenario.yaml');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(cli('validate', fifo)).toMatchObject({
      code: 2,
      signal: null,
      stderr: `${fifo}:1:1: not a regular file (a FIFO or pipe)\n${readFromFile}\n`,
    });
  });

  it('refuses a directory, and a pipe given as /dev/stdin, whatever the command', () => {
    expect(cli('run', dir)).toMatchObject({
      code: 2,
      stderr: `${dir}:1:1: not a regular file (a directory)\n  hint: name a .yaml file inside it\n`,
    });
    // A shell pipe, not Node's stdio (which hands a child a socket).
    const piped = spawnSync('bash', ['-c', `yes 'id: x' | node ${CLI} validate /dev/stdin`], {
      encoding: 'utf8',
    });
    expect(piped.status).toBe(2);
    expect(piped.stderr.split('\n')[0]).toBe('/dev/stdin:1:1: not a regular file (a FIFO or pipe)');
  });

  it('refuses a file one byte over 16 MiB, and reads one at exactly 16 MiB', () => {
    const over = join(dir, 'over.yaml');
    writeFileSync(over, `#${' '.repeat(MAX_FILE_BYTES)}`);
    expect(cli('validate', over)).toMatchObject({
      code: 2,
      stderr: `${over}:1:1: the file is 16,777,217 bytes; a scenario file may be at most 16 MiB (16,777,216 bytes), so it was not read\n`,
    });
    const limit = join(dir, 'limit.yaml');
    writeFileSync(limit, `#${' '.repeat(MAX_FILE_BYTES - 1)}`);
    expect(cli('validate', limit).stderr).not.toContain('MiB');
  });
});

/** Runs the CLI with one output's reader gone before it writes anything. */
async function withClosedReader(stream: 'stdout' | 'stderr', args: string[]) {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  child[stream].destroy();
  let other = '';
  child[stream === 'stdout' ? 'stderr' : 'stdout'].on('data', (chunk) => (other += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, other };
}

describe('a reader that closes the pipe', () => {
  it('leaves validate its own exit code 2 when stderr is closed, with no stack trace', async () => {
    const missing = Array.from({ length: 50 }, (_, i) => `missing-${i}.yaml`);
    const { code, other } = await withClosedReader('stderr', ['validate', ...missing]);
    expect(other).toBe('');
    expect(code).toBe(2);
  });

  it('leaves validate its own exit code 2 when stdout is closed', async () => {
    const { code, other } = await withClosedReader('stdout', ['validate', GOOD, 'missing.yaml']);
    expect(other).toMatch(/^missing\.yaml:1:1: /);
    expect(code).toBe(2);
  });

  it('keeps the exit code through 2>&1 | head -c1 in a shell', () => {
    const result = spawnSync(
      'bash',
      ['-c', `node ${CLI} validate a.yaml b.yaml c.yaml 2>&1 | head -c1; echo " $\{PIPESTATUS[0]}"`],
      {
        encoding: 'utf8',
      },
    );
    expect(result.stdout).toBe('a 2\n');
  });
});
