import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { link, lstat, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { specialKind, type SpecialKind } from './readBounded.js';
import { trackTemporary } from './temporaries.js';

export class FileExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} already exists; choose another name`);
  }
}

/** `overwrite` was asked, but what sits at the path is not a regular file to replace. */
export class NotReplaceableError extends Error {
  constructor(
    readonly path: string,
    readonly kind: SpecialKind | 'dangling-link',
  ) {
    super(`${path} is not a regular file (${kind}); only a regular file is replaced`);
  }
}

interface Existing {
  /** The file itself: a symbolic link is followed to the file it names. */
  path: string;
  mode: number;
  uid: number;
  gid: number;
}

/** What an overwrite would replace, or null when nothing is there yet. */
async function existingTarget(path: string): Promise<Existing | null> {
  const link = await lstat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (link === null) return null;
  let real = path;
  let stats = link;
  if (link.isSymbolicLink()) {
    try {
      real = await realpath(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        throw new NotReplaceableError(path, 'dangling-link');
      throw error;
    }
    stats = await stat(real);
  }
  const kind = specialKind(stats);
  if (kind !== null) throw new NotReplaceableError(path, kind);
  return { path: real, mode: stats.mode & 0o7777, uid: stats.uid, gid: stats.gid };
}

/** How long to hold a written temporary file before moving it into place: for tests that interrupt a write. */
const holdMs = (): number => Number(process.env['LIAISON_TEST_HOLD_WRITE_MS'] ?? 0) || 0;

/**
 * Writes `text` to `path` atomically: into a temporary file beside it, then into place.
 * Without `overwrite`, an existing file is never touched (the final step is a hard link,
 * which fails if the name is taken, so even a race cannot clobber the user's file).
 * With `overwrite`, only a regular file is replaced: it keeps its mode (and its owner,
 * where we may set it), and a symbolic link is written through to the file it names.
 * Devices, FIFOs, sockets and directories are refused. The temporary file is removed
 * whatever happens, even when the process is interrupted.
 */
export async function writeFileSafely(path: string, text: string, overwrite = false): Promise<void> {
  const existing = overwrite ? await existingTarget(path) : null;
  const target = existing?.path ?? path;
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const release = trackTemporary(temporary);
  try {
    const handle = await open(temporary, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o644);
    try {
      await handle.writeFile(text, 'utf8');
      if (existing) {
        await handle.chown(existing.uid, existing.gid).catch(() => undefined); // only root may give files away
        await handle.chmod(existing.mode); // after chown, which may clear set-id bits
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (holdMs() > 0) await new Promise((resolve) => setTimeout(resolve, holdMs()));
    if (overwrite) await rename(temporary, target);
    else await link(temporary, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(path);
    throw error;
  } finally {
    await unlink(temporary).catch(() => undefined);
    release();
  }
}
