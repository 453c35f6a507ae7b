import { spawnSync } from 'node:child_process';
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
import { cli } from '../support/cli.js';

/** Exports the default scenario's handout to `target`, in-process. */
async function exportTo(target: string, ...extra: string[]) {
  const { code, stderr } = await cli([
    'export',
    'march-2019-withdrawal',
    '--format',
    'md',
    '-o',
    target,
    ...extra,
  ]);
  return { code, stderr };
}

const fresh = () => mkdtempSync(join(tmpdir(), 'liaison-force-'));
const HANDOUT = /^# North Korea pulls its staff/;

describe('export --force replaces only a regular file', () => {
  it('keeps the mode of the file it replaces (a 600 file stays 600)', async () => {
    const dir = fresh();
    const file = join(dir, 'private.md');
    writeFileSync(file, 'old\n');
    chmodSync(file, 0o600);
    expect(await exportTo(file, '--force')).toEqual({ code: 0, stderr: `wrote ${file}\n` });
    expect(readFileSync(file, 'utf8')).toMatch(HANDOUT);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['private.md']);
  });

  it('writes through a symbolic link to the file it names, and leaves the link a link', async () => {
    const dir = fresh();
    mkdirSync(join(dir, 'real'));
    const real = join(dir, 'real', 'handout.md');
    writeFileSync(real, 'old\n');
    chmodSync(real, 0o640);
    const link = join(dir, 'link.md');
    symlinkSync('real/handout.md', link);
    expect((await exportTo(link, '--force')).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('real/handout.md');
    expect(readFileSync(real, 'utf8')).toMatch(HANDOUT);
    expect(statSync(real).mode & 0o777).toBe(0o640);
    expect(readdirSync(join(dir, 'real'))).toEqual(['handout.md']);
  });

  it('refuses a FIFO, a directory, a device and a link to nothing, and leaves each as it was', async () => {
    const dir = fresh();
    const fifo = join(dir, 'pipe.md');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(await exportTo(fifo, '--force')).toEqual({
      code: 2,
      stderr: `liaison-sim export: ${fifo} is a FIFO or pipe, not a regular file; --force replaces only a regular file\n`,
    });
    expect((await exportTo(fifo, '--force', '--lang', 'ko')).stderr).toBe(
      // pipe.md ends in 디: 는, not 은(는).
      `liaison-sim export: ${fifo}는 FIFO 또는 파이프이며 일반 파일이 아닙니다: --force는 일반 파일만 덮어씁니다\n`,
    );
    expect(lstatSync(fifo).isFIFO()).toBe(true);

    const folder = join(dir, 'folder.md');
    mkdirSync(folder);
    expect(await exportTo(folder, '--force')).toEqual({
      code: 2,
      stderr: `liaison-sim export: ${folder} is a directory, not a regular file; --force replaces only a regular file\n`,
    });
    expect(readdirSync(folder)).toEqual([]);

    expect(await exportTo('/dev/null', '--force')).toEqual({
      code: 2,
      stderr:
        'liaison-sim export: /dev/null is a character device, not a regular file; --force replaces only a regular file\n',
    });
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);

    const dangling = join(dir, 'dangling.md');
    symlinkSync('nowhere.md', dangling);
    expect(await exportTo(dangling, '--force')).toEqual({
      code: 2,
      stderr: `liaison-sim export: ${dangling} is a symbolic link to a file that does not exist; --force writes through a link only to an existing file\n`,
    });
    expect(readdirSync(dir).sort()).toEqual(['dangling.md', 'folder.md', 'pipe.md']);
  });

  it('says why a file cannot be written, in words, without naming its temporary file', async () => {
    const dir = fresh();
    const target = join(dir, 'no-such-folder', 'handout.md');
    expect(await exportTo(target)).toEqual({
      code: 2,
      stderr: `liaison-sim export: cannot write ${target}: its folder does not exist\n`,
    });
  });

  it('without --force still refuses anything already there', async () => {
    const dir = fresh();
    const file = join(dir, 'mine.md');
    writeFileSync(file, 'mine\n');
    expect((await exportTo(file)).code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('mine\n');
  });

  it('without --force does not suggest it for a folder, which --force would not replace either', async () => {
    const dir = fresh();
    const folder = join(dir, 'handout.md');
    mkdirSync(folder);
    expect(await exportTo(folder)).toEqual({
      code: 2,
      stderr: `liaison-sim export: ${folder} is a directory, not a regular file; --force replaces only a regular file\n`,
    });
    expect(statSync(folder).isDirectory()).toBe(true);
  });
});

describe('without --force or with it, what sits at the path is told the same way', () => {
  it('a link to nothing: refused both ways, the link left as it was and nothing created where it points', async () => {
    const dir = fresh();
    const dangling = join(dir, 'dangling.md');
    symlinkSync('nowhere.md', dangling);
    const said = `liaison-sim export: ${dangling} is a symbolic link to a file that does not exist; --force writes through a link only to an existing file\n`;
    expect(await exportTo(dangling)).toEqual({ code: 2, stderr: said });
    expect(await exportTo(dangling, '--force')).toEqual({ code: 2, stderr: said });
    expect(readlinkSync(dangling)).toBe('nowhere.md');
    expect(readdirSync(dir)).toEqual(['dangling.md']);
  });

  it('a FIFO, and a link to a folder: --force is not suggested, since it would be refused', async () => {
    const dir = fresh();
    const fifo = join(dir, 'pipe.md');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(await exportTo(fifo)).toEqual({
      code: 2,
      stderr: `liaison-sim export: ${fifo} is a FIFO or pipe, not a regular file; --force replaces only a regular file\n`,
    });
    mkdirSync(join(dir, 'folder'));
    const toFolder = join(dir, 'folder.md');
    symlinkSync('folder', toFolder);
    for (const force of [[], ['--force']]) {
      expect(await exportTo(toFolder, ...force)).toEqual({
        code: 2,
        stderr: `liaison-sim export: ${toFolder} is a directory, not a regular file; --force replaces only a regular file\n`,
      });
    }
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(join(dir, 'folder'))).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['folder', 'folder.md', 'pipe.md']);
  });

  it('a link to a regular file: --force is suggested, and then writes through the link', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'real.md'), 'mine\n');
    const toFile = join(dir, 'link.md');
    symlinkSync('real.md', toFile);
    expect(await exportTo(toFile)).toEqual({
      code: 2,
      stderr: `liaison-sim export: ${toFile} already exists; choose another name or add --force to replace it\n`,
    });
    expect(readFileSync(join(dir, 'real.md'), 'utf8')).toBe('mine\n');
    expect((await exportTo(toFile, '--force')).code).toBe(0);
    expect(readFileSync(join(dir, 'real.md'), 'utf8')).toMatch(HANDOUT);
    expect(readlinkSync(toFile)).toBe('real.md');
  });

  it('a loop of links: says so both ways, in either language', async () => {
    const dir = fresh();
    const loop = join(dir, 'loop.md');
    symlinkSync('loop.md', loop);
    for (const force of [[], ['--force']]) {
      expect(await exportTo(loop, ...force)).toEqual({
        code: 2,
        stderr: `liaison-sim export: cannot write ${loop}: its symbolic links go round in a loop\n`,
      });
    }
    expect((await exportTo(loop, '--lang', 'ko')).stderr).toBe(
      `liaison-sim export: ${loop}에 쓸 수 없습니다: 심볼릭 링크가 서로를 가리키며 돌고 있습니다\n`,
    );
    expect(readlinkSync(loop)).toBe('loop.md');
    expect(readdirSync(dir)).toEqual(['loop.md']);
  });
});
