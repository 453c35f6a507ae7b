import { randomBytes } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { link, lstat, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { specialKind, type SpecialKind } from './readBounded.js';
import { trackTemporary } from './temporaries.js';

/** What already sits at a path: a regular file (a link to one followed), a link to nothing, or a special file. */
export type Occupant = 'file' | 'dangling-link' | SpecialKind;

/**
 * The path is taken, and nothing was written: by a regular file when `overwrite` was not
 * asked, or by something `overwrite` does not replace (`what` says which).
 */
export class FileExistsError extends Error {
  constructor(
    readonly path: string,
    readonly what: Occupant,
  ) {
    super(`${path} already exists (${what}); nothing was written`);
  }
}

interface Existing {
  what: Occupant;
  /** The file itself: a symbolic link is followed to the file it names. */
  path: string;
  stats: Stats;
}

/**
 * What sits at `path`, or null when nothing is there. A link is followed; a link to nothing
 * is 'dangling-link'. Other errors (a loop of links, no permission) are thrown as they come.
 */
async function occupantOf(path: string): Promise<Existing | null> {
  const here = await lstat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (here === null) return null;
  if (!here.isSymbolicLink()) return { what: specialKind(here) ?? 'file', path, stats: here };
  let real: string;
  try {
    real = await realpath(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { what: 'dangling-link', path, stats: here };
    throw error;
  }
  const stats = await stat(real);
  return { what: specialKind(stats) ?? 'file', path: real, stats };
}

/** How long to hold a written temporary file before moving it into place: for tests that interrupt a write. */
const holdMs = (): number => Number(process.env['LIAISON_TEST_HOLD_WRITE_MS'] ?? 0) || 0;

/**
 * Writes `text` to `path` atomically: into a temporary file beside it, then into place.
 * Without `overwrite`, an existing file is never touched (the final step is a hard link,
 * which fails if the name is taken, so even a race cannot clobber the user's file).
 * With `overwrite`, only a regular file is replaced: it keeps its mode (and its owner,
 * where we may set it), and a symbolic link is written through to the file it names.
 * Devices, FIFOs, sockets, directories and links to nothing are refused. Whenever the path
 * is taken, FileExistsError says by what, classified once, here. The temporary file is
 * removed whatever happens, even when the process is interrupted.
 */
export async function writeFileSafely(path: string, text: string, overwrite = false): Promise<void> {
  const existing = overwrite ? await occupantOf(path) : null;
  if (existing && existing.what !== 'file') throw new FileExistsError(path, existing.what);
  const target = existing?.path ?? path;
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const release = trackTemporary(temporary);
  try {
    const handle = await open(temporary, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o644);
    try {
      await handle.writeFile(text, 'utf8');
      if (existing) {
        const { uid, gid, mode } = existing.stats;
        await handle.chown(uid, gid).catch(() => undefined); // only root may give files away
        await handle.chmod(mode & 0o7777); // after chown, which may clear set-id bits
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (holdMs() > 0) await new Promise((resolve) => setTimeout(resolve, holdMs()));
    if (overwrite) await rename(temporary, target);
    else await link(temporary, target);
  } catch (error) {
    // The name is taken (the hard link found it so): say by what, as a forced write would.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new FileExistsError(path, (await occupantOf(path))?.what ?? 'file');
    throw error;
  } finally {
    await unlink(temporary).catch(() => undefined);
    release();
  }
}
