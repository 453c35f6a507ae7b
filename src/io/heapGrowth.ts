import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

/** Above this many bytes of scenario text, memory is what limits a run, not time. */
const LARGE_INPUT_BYTES = 2 * 1024 * 1024;

/**
 * For a large file, lets V8's old heap grow by half of what is live at each collection, not
 * by its own factor (up to four times). A file is read into several short-lived trees, so
 * with the default a 100,000-event `validate` (9 MB) peaked at about 470 MB while under
 * 280 MB was ever live; with this it peaks near 270 MB, for about 9% more CPU time (75% gave
 * 340 MB for 6%). A small file is left alone: there the extra collections cost about 7% of a
 * 10,000-event validate and save little. The setting is the whole process's: a command that
 * reads a scenario file calls this before it, never the loader.
 */
export function growHeapGentlyFor(bytes: number): void {
  if (bytes >= LARGE_INPUT_BYTES) setFlagsFromString('--heap-growing-percent=50');
}

/**
 * growHeapGentlyFor the file at `path`, by its size on disk. A path that is no file (a
 * bundled scenario's id, which is small) or cannot be looked at is left to the loader to
 * report: nothing is set.
 */
export function growHeapGentlyForFile(path: string): void {
  let bytes: number | undefined;
  try {
    bytes = statSync(path, { throwIfNoEntry: false })?.size;
  } catch {
    return;
  }
  if (bytes !== undefined) growHeapGentlyFor(bytes);
}
