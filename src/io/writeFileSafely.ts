import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { link, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export class FileExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} already exists; choose another name`);
  }
}

/**
 * Writes `text` to `path` atomically: into a temporary file beside it, then into place.
 * Without `overwrite`, an existing file is never touched (the final step is a hard link,
 * which fails if the name is taken, so even a race cannot clobber the user's file).
 */
export async function writeFileSafely(path: string, text: string, overwrite = false): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o644);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    if (overwrite) {
      await rename(temporary, path);
      return;
    }
    await link(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(path);
    throw error;
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}
