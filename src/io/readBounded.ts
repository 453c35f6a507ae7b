import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

/** What sits at a path that is not a regular file. */
export type SpecialKind = 'directory' | 'fifo' | 'character-device' | 'block-device' | 'socket' | 'other';

export type BoundedRead =
  | { ok: true; text: string }
  | { ok: false; reason: 'not-regular'; kind: SpecialKind }
  /** `bytes` is the size the file claims, or null when it claimed less and held more. */
  | { ok: false; reason: 'too-large'; bytes: number | null }
  /**
   * Bytes that are no UTF-8 (a file saved as UTF-16 or in a legacy code page): `text` is them
   * decoded with U+FFFD for each bad sequence, to locate the first; `utf16` when a UTF-16 byte
   * order mark opens the file.
   */
  | { ok: false; reason: 'not-utf8'; text: string; utf16: boolean };

export function specialKind(stats: Stats): SpecialKind | null {
  if (stats.isFile()) return null;
  if (stats.isDirectory()) return 'directory';
  if (stats.isFIFO()) return 'fifo';
  if (stats.isCharacterDevice()) return 'character-device';
  if (stats.isBlockDevice()) return 'block-device';
  if (stats.isSocket()) return 'socket';
  return 'other';
}

/**
 * Reads a regular file as UTF-8 (refusing bytes that are not), never more than `limit` bytes. Anything else (a directory,
 * a FIFO that would block forever, /dev/zero that never ends) is refused before it is
 * opened, and the size a file claims is not trusted: reading stops one byte past the limit
 * (files in /proc claim 0 bytes). Missing or unreadable files throw the system error.
 */
export function readBoundedFile(path: string, limit: number): BoundedRead {
  const before = statSync(path);
  const kind = specialKind(before);
  if (kind !== null) return { ok: false, reason: 'not-regular', kind };
  if (before.size > limit) return { ok: false, reason: 'too-large', bytes: before.size };
  // O_NONBLOCK: should the path be swapped for a FIFO after the check, opening it cannot hang.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const opened = specialKind(fstatSync(fd));
    if (opened !== null) return { ok: false, reason: 'not-regular', kind: opened };
    const buffer = Buffer.alloc(limit + 1);
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > limit) return { ok: false, reason: 'too-large', bytes: null };
    const bytes = buffer.subarray(0, length);
    const text = bytes.toString('utf8');
    if (isUtf8(bytes)) return { ok: true, text };
    const utf16 =
      length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
    return { ok: false, reason: 'not-utf8', text, utf16 };
  } finally {
    closeSync(fd);
  }
}
