import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli as inProcess } from '../support/cli.js';

/**
 * The built bundle as a person runs it: exit codes, closed pipes and a shell pipe as input.
 * What the commands say is tested in-process (test/commands); this checks the edges.
 * LIAISON_CLI points elsewhere (and skips the build) when dist cannot be built.
 */
const CLI = process.env.LIAISON_CLI ?? 'dist/cli.js';
const GOOD = 'test/fixtures/valid/withdrawal.yaml';

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 20_000 });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `check` on a copy of the build (so the real one keeps its caches), given its caches' names. */
function withCopyOfBuild(check: (root: string, caches: string[]) => void) {
  const root = mkdtempSync(join(tmpdir(), 'liaison-code-cache-'));
  try {
    cpSync('dist', join(root, 'dist'), { recursive: true });
    cpSync('package.json', join(root, 'package.json'));
    check(
      root,
      readdirSync(join(root, 'dist')).filter((name) => name.endsWith('.v8cache')),
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('the built CLI', () => {
  it.skipIf(process.env.LIAISON_CLI !== undefined)(
    "through npm start --silent, as the README writes it, sends nothing of npm's into a redirected file",
    () => {
      const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
      const args = ['start', '--silent', '--', 'export', 'reopening-2018', '--format', 'svg'];
      const result = spawnSync(npm, args, { encoding: 'utf8', timeout: 60_000 });
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^<\?xml /);
    },
  );

  it.skipIf(process.env.LIAISON_CLI !== undefined)(
    'through npm start typed in another folder, reads and writes there, and names paths as typed',
    () => {
      const folder = mkdtempSync(join(tmpdir(), 'liaison-npm-folder-'));
      try {
        cpSync(GOOD, join(folder, 'mine.yaml'));
        writeFileSync(join(folder, 'broken.yaml'), 'id: [unclosed\n');
        // npm --prefix runs the package's script in its root, as `npm start` in a clone does,
        // and sets INIT_CWD to where it was typed (here, the folder).
        const { INIT_CWD: _, ...env } = process.env;
        const npm = (...args: string[]) =>
          spawnSync(
            process.platform === 'win32' ? 'npm.cmd' : 'npm',
            ['--prefix', resolve('.'), 'start', '--silent', '--', ...args],
            { cwd: folder, env, encoding: 'utf8', timeout: 60_000 },
          );
        const written = npm('export', 'mine.yaml', '-o', 'out.svg');
        expect(written.status).toBe(0);
        expect(readFileSync(join(folder, 'out.svg'), 'utf8')).toMatch(/^<\?xml /);
        const broken = npm('validate', 'broken.yaml');
        expect(broken.status).toBe(2);
        expect(broken.stderr).toMatch(/^broken\.yaml:\d+:\d+: /);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  );

  it('prints its version from package.json, found from dist/', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(cli('--version')).toMatchObject({ code: 0, stdout: `liaison-sim ${pkg.version}\n` });
  });

  it('ends with 0, 1 or 2 as the run, its expectations or the usage decide', () => {
    // A bundled id: the scenarios are found from the bundle's own place.
    const run = cli('run', 'march-2019-withdrawal', '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).scenario.id).toBe('march-2019-withdrawal');
    expect(cli('run', 'test/fixtures/valid/failing-expectation.yaml').code).toBe(1);
    const usage = cli('run');
    expect(usage).toMatchObject({ code: 2, stdout: '', signal: null });
    expect(usage.stderr).toBe(
      'liaison-sim run: name exactly one scenario (a file or a bundled id)\nTry: liaison-sim run --help\n',
    );
    expect(cli('--help').stdout).toContain('liaison-sim export <scenario>');
  });

  it('says what the source says: minified names change no output (Mermaid reads guard kinds)', async () => {
    for (const args of [
      ['export', 'march-2019-withdrawal', '--format', 'mermaid'],
      ['run', 'march-2019-withdrawal', '--json'],
    ]) {
      const built = cli(...args);
      const source = await inProcess(args);
      expect(built.stdout).toBe(source.stdout);
      expect(built.code).toBe(source.code);
    }
    expect(cli('export', 'march-2019-withdrawal', '--format', 'mermaid').stdout).toContain(
      'fromEnd(a) and canSend',
    );
  });

  it.skipIf(process.env.LIAISON_CLI !== undefined)(
    'runs the same without its code cache, or with a cache that is not its own',
    () =>
      withCopyOfBuild((root, caches) => {
        const general = caches.filter((name) => !name.endsWith('.play.v8cache'));
        expect(general).toHaveLength(1);
        const cache = join(root, 'dist', general[0]!);
        const run = (env: Record<string, string> = {}) =>
          spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'run', resolve(GOOD), '--json'], {
            encoding: 'utf8',
            env: { ...process.env, ...env },
          });
        const debug = { LIAISON_DEBUG: '1' };
        const without = 'liaison-sim: started without its code cache\n';
        const expected = cli('run', resolve(GOOD), '--json');
        expect(expected.code).toBe(0);
        expect(run()).toMatchObject({ status: 0, stdout: expected.stdout, stderr: '' });
        // The build's own cache is the one V8 takes.
        expect(run(debug)).toMatchObject({ status: 0, stderr: '' });
        // Bytes V8 did not write, as a cache from another Node or a broken copy would be.
        writeFileSync(cache, Buffer.alloc(readFileSync(cache).length, 7));
        expect(run()).toMatchObject({ status: 0, stdout: expected.stdout, stderr: '' });
        expect(run(debug)).toMatchObject({ status: 0, stderr: without });
        rmSync(cache);
        expect(run()).toMatchObject({ status: 0, stdout: expected.stdout, stderr: '' });
        expect(run(debug)).toMatchObject({ status: 0, stderr: without });
      }),
  );

  it.skipIf(process.env.LIAISON_CLI !== undefined || spawnSync('script', ['--version']).status !== 0)(
    "starts play with play's own code cache, the one its warm-up in a pseudo-terminal made",
    () =>
      withCopyOfBuild((root, caches) => {
        const play = caches.find((name) => name.endsWith('.play.v8cache'));
        expect(play, 'the build made no cache for play').toBeDefined();
        // Bigger: it holds the screen's code too (Ink, React, the views).
        const sizes = caches.map((name) => readFileSync(join(root, 'dist', name)).length);
        expect(readFileSync(join(root, 'dist', play!)).length).toBe(Math.max(...sizes));
        // play without a terminal prints the run; it reads the same cache as on a terminal.
        const run = () =>
          spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'play', resolve(GOOD)], {
            encoding: 'utf8',
            env: { ...process.env, LIAISON_DEBUG: '1' },
          });
        expect(run()).toMatchObject({ status: 0, stderr: '' });
        writeFileSync(join(root, 'dist', play!), Buffer.alloc(16, 7));
        expect(run()).toMatchObject({ status: 0, stderr: 'liaison-sim: started without its code cache\n' });
        // Without it, play starts with the general cache.
        rmSync(join(root, 'dist', play!));
        expect(run()).toMatchObject({ status: 0, stderr: '' });
      }),
  );

  it('refuses a shell pipe given as /dev/stdin instead of reading it for ever', () => {
    // A shell pipe, not Node's stdio (which hands a child a socket).
    const piped = spawnSync('bash', ['-c', `yes 'id: x' | node ${CLI} validate /dev/stdin`], {
      encoding: 'utf8',
    });
    expect(piped.status).toBe(2);
    expect(piped.stderr.split('\n')[0]).toBe('/dev/stdin:1:1: not a regular file (a FIFO or pipe)');
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
  it('ends the run quietly when the pipe closes (| head), without a stack trace', async () => {
    const child = spawn(process.execPath, [CLI, 'run', 'history-2018-2023', '--json'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('leaves validate its own exit code 2 when stderr is closed, with no stack trace', async () => {
    const missing = Array.from({ length: 50 }, (_, i) => `missing-${i}.yaml`);
    const { code, other } = await withClosedReader('stderr', ['validate', ...missing]);
    expect(other).toBe('');
    expect(code).toBe(2);
  });

  it('leaves validate its own exit code 2 when stdout is closed', async () => {
    const { code, other } = await withClosedReader('stdout', ['validate', GOOD, 'missing.yaml']);
    expect(other).toMatch(/^missing\.yaml: /);
    expect(code).toBe(2);
  });

  it('keeps the exit code through 2>&1 | head -c1 in a shell', () => {
    const result = spawnSync(
      'bash',
      ['-c', `node ${CLI} validate a.yaml b.yaml c.yaml 2>&1 | head -c1; echo " $\{PIPESTATUS[0]}"`],
      { encoding: 'utf8' },
    );
    expect(result.stdout).toBe('a 2\n');
  });
});
