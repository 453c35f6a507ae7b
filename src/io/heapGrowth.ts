import { setFlagsFromString } from 'node:v8';

/** Above this many characters of scenario text, memory is what limits a run, not time. */
const LARGE_INPUT_CHARS = 2 * 1024 * 1024;

/**
 * For a large file, lets V8's old heap grow by half of what is live at each collection, not
 * by its own factor (up to four times). A file is read into several short-lived trees, so
 * with the default a 100,000-event `validate` (9 MB) peaked at about 470 MB while under
 * 280 MB was ever live; with this it peaks near 270 MB, for about 9% more CPU time (75% gave
 * 340 MB for 6%). A small file is left alone: there the extra collections cost about 7% of a
 * 10,000-event validate and save little. V8 reads the flag each time it sizes the heap, so
 * setting it once the text is read is in time.
 */
export function growHeapGentlyFor(chars: number): void {
  if (chars >= LARGE_INPUT_CHARS) setFlagsFromString('--heap-growing-percent=50');
}
