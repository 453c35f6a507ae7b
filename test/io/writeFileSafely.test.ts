import { mkdir, mkdtemp, readdir, readFile, readlink, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileExistsError, writeFileSafely } from '../../src/io/writeFileSafely.js';

describe('writeFileSafely', () => {
  it('writes a new file and leaves no temporary file behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'liaison-write-'));
    await writeFileSafely(join(dir, 'a.yaml'), 'hello\n');
    expect(await readFile(join(dir, 'a.yaml'), 'utf8')).toBe('hello\n');
    expect(await readdir(dir)).toEqual(['a.yaml']);
  });

  it('never overwrites an existing file unless asked', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'liaison-write-'));
    const path = join(dir, 'mine.yaml');
    await writeFile(path, 'the user wrote this\n');
    await expect(writeFileSafely(path, 'other\n')).rejects.toBeInstanceOf(FileExistsError);
    expect(await readFile(path, 'utf8')).toBe('the user wrote this\n');
    expect(await readdir(dir)).toEqual(['mine.yaml']);
    await writeFileSafely(path, 'replaced\n', true);
    expect(await readFile(path, 'utf8')).toBe('replaced\n');
    expect(await readdir(dir)).toEqual(['mine.yaml']);
  });
});

describe('writeFileSafely, a path already taken', () => {
  it('says by what, the same with or without overwrite, and touches nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'liaison-write-'));
    const dangling = join(dir, 'dangling.yaml');
    await symlink('nowhere.yaml', dangling);
    const folder = join(dir, 'folder.yaml');
    await mkdir(folder);
    for (const overwrite of [false, true]) {
      await expect(writeFileSafely(dangling, 'x\n', overwrite)).rejects.toMatchObject({
        what: 'dangling-link',
      });
      await expect(writeFileSafely(folder, 'x\n', overwrite)).rejects.toMatchObject({ what: 'directory' });
    }
    await expect(writeFileSafely(dangling, 'x\n')).rejects.toBeInstanceOf(FileExistsError);
    expect((await readdir(dir)).sort()).toEqual(['dangling.yaml', 'folder.yaml']);
    expect(await readlink(dangling)).toBe('nowhere.yaml');
  });
});
