/**
 * Temporary files that must not outlive the process: an export killed half-way (Ctrl-C,
 * SIGTERM, a closed terminal, a crash) leaves no hidden `.tmp` file behind. The signal
 * handlers are installed only while a temporary file exists, so they never change how the
 * process ends at other times.
 */
import { unlinkSync } from 'node:fs';
import { onEndingSignals } from './signals.js';

const pending = new Set<string>();

function removeAll(): void {
  for (const path of pending) {
    try {
      unlinkSync(path);
    } catch {
      // Already gone (renamed into place a moment ago, or removed by hand): nothing to undo.
    }
  }
  pending.clear();
}

let stopListening: (() => void) | null = null;

function install(): void {
  // Removes the temporary files, then ends as the signal would have: 128 + its number.
  stopListening = onEndingSignals((code) => {
    removeAll();
    process.exit(code);
  });
  // process.exit() anywhere, or an uncaught exception, still passes through 'exit'.
  process.on('exit', removeAll);
}

function uninstall(): void {
  stopListening?.();
  stopListening = null;
  process.off('exit', removeAll);
}

/**
 * Records `path` as a temporary file to remove should the process end before `release`
 * is called (after the file has been renamed into place, or removed).
 */
export function trackTemporary(path: string): () => void {
  if (pending.size === 0) install();
  pending.add(path);
  return () => {
    if (!pending.delete(path)) return;
    if (pending.size === 0) uninstall();
  };
}
