import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The built CLI, as a person runs it. */
const CLI = process.env.LIAISON_CLI ?? 'dist/cli.js';

function exportTo(target: string, ...extra: string[]) {
  const result = spawnSync(
    process.execPath,
    [CLI, 'export', 'march-2019-withdrawal', '--format', 'md', '-o', target, ...extra],
    { encoding: 'utf8', timeout: 20_000 },
  );
  return { code: result.status, stderr: result.stderr };
}

const fresh = () => mkdtempSync(join(tmpdir(), 'liaison-force-'));
const HANDOUT = /^# North Korea pulls its staff/;

describe('export --force replaces only a regular file', () => {
  it('keeps the mode of the file it replaces (a 600 file stays 600)', () => {
    const dir = fresh();
    const file = join(dir, 'private.md');
    writeFileSync(file, 'old\n');
    chmodSync(file, 0o600);
    expect(exportTo(file, '--force')).toEqual({ code: 0, stderr: `wrote ${file}\n` });
    expect(readFileSync(file, 'utf8')).toMatch(HANDOUT);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['private.md']);
  });

  it('writes through a symbolic link to the file it names, and leaves the link a link', () => {
    const dir = fresh();
    mkdirSync(join(dir, 'real'));
    const real = join(dir, 'real', 'handout.md');
    writeFileSync(real, 'old\n');
    chmodSync(real, 0o640);
    const link = join(dir, 'link.md');
    symlinkSync('real/handout.md', link);
    expect(exportTo(link, '--force').code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('real/handout.md');
    expect(readFileSync(real, 'utf8')).toMatch(HANDOUT);
    expect(statSync(real).mode & 0o777).toBe(0o640);
    expect(readdirSync(join(dir, 'real'))).toEqual(['handout.md']);
  });

  it('refuses a FIFO, a directory, a device and a link to nothing, and leaves each as it was', () => {
    const dir = fresh();
    const fifo = join(dir, 'pipe.md');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(exportTo(fifo, '--force')).toEqual({
      code: 2,
      stderr: `liaison-sim export: ${fifo} is a FIFO or pipe, not a regular file; --force replaces only a regular file\n`,
    });
    expect(exportTo(fifo, '--force', '--lang', 'ko').stderr).toBe(
      `liaison-sim export: ${fifo}은(는) FIFO 또는 파이프이며 일반 파일이 아닙니다; --force는 일반 파일만 바꿉니다\n`,
    );
    expect(lstatSync(fifo).isFIFO()).toBe(true);

    const folder = join(dir, 'folder.md');
    mkdirSync(folder);
    expect(exportTo(folder, '--force')).toEqual({
      code: 2,
      stderr: `liaison-sim export: ${folder} is a directory, not a regular file; --force replaces only a regular file\n`,
    });
    expect(readdirSync(folder)).toEqual([]);

    expect(exportTo('/dev/null', '--force')).toEqual({
      code: 2,
      stderr:
        'liaison-sim export: /dev/null is a character device, not a regular file; --force replaces only a regular file\n',
    });
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);

    const dangling = join(dir, 'dangling.md');
    symlinkSync('nowhere.md', dangling);
    expect(exportTo(dangling, '--force')).toEqual({
      code: 2,
      stderr: `liaison-sim export: ${dangling} is a symbolic link to a file that does not exist; --force writes through a link only to an existing file\n`,
    });
    expect(readdirSync(dir).sort()).toEqual(['dangling.md', 'folder.md', 'pipe.md']);
  });

  it('says why a file cannot be written, in words, without naming its temporary file', () => {
    const dir = fresh();
    const target = join(dir, 'no-such-folder', 'handout.md');
    expect(exportTo(target)).toEqual({
      code: 2,
      stderr: `liaison-sim export: cannot write ${target}: its folder does not exist\n`,
    });
  });

  it('without --force still refuses anything already there', () => {
    const dir = fresh();
    const file = join(dir, 'mine.md');
    writeFileSync(file, 'mine\n');
    expect(exportTo(file).code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('mine\n');
  });
});

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
