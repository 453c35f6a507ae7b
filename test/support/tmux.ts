import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

/**
 * A private tmux server whose socket lives in a temporary folder, for driving the built CLI
 * in a real terminal. `-u`: the terminal is UTF-8 whatever the test runner's own locale says.
 */
export function tmuxServer(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const socket = join(dir, 'socket');
  const tmux = (...args: string[]): string =>
    execFileSync('tmux', ['-u', '-S', socket, ...args], {
      encoding: 'utf8',
      env: { ...process.env, TMUX: '' },
    });
  const screen = (target: string) => tmux('capture-pane', '-p', '-t', target);
  /**
   * The screen once `pattern` is on it. A frame can reach the terminal in pieces, so a match
   * is taken once the screen reads the same twice in a row (50 ms apart): what a test reads
   * beside its pattern was drawn with it. A screen that keeps changing (a progress mark) is
   * taken half a second after it first matched, and one that moves on to no longer match is
   * taken as it last matched: a passing moment is still seen.
   */
  async function waitFor(target: string, pattern: RegExp, timeout = 20_000): Promise<string> {
    const until = Date.now() + timeout;
    let matched = null as { text: string; since: number } | null;
    for (;;) {
      const text = screen(target);
      if (pattern.test(text)) {
        if (matched !== null && (matched.text === text || Date.now() - matched.since > 500)) return text;
        matched = { text, since: matched?.since ?? Date.now() };
      } else if (matched !== null) return matched.text;
      if (Date.now() > until) throw new Error(`timed out waiting for ${pattern} on:\n${text}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  const close = () => {
    if (hasTmux) spawnSync('tmux', ['-S', socket, 'kill-server']);
    rmSync(dir, { recursive: true, force: true });
  };
  return { socket, tmux, screen, waitFor, close };
}
