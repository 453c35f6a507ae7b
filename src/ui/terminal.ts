/**
 * The terminal's state around the app: alternate screen and hidden cursor on the way in,
 * everything restored on the way out, whichever way out it is (q, Ctrl-C, SIGTERM, crash).
 */
const ENTER = '\x1b[?1049h\x1b[H\x1b[2J\x1b[?25l';
const LEAVE = '\x1b[?25h\x1b[?1049l';

export interface TerminalSession {
  /** Restores the terminal; safe to call more than once. */
  restore(): void;
}

export function enterTerminal(
  stdin: NodeJS.ReadStream = process.stdin,
  stdout: NodeJS.WriteStream = process.stdout,
): TerminalSession {
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    if (stdin.isTTY && stdin.isRaw) stdin.setRawMode(false);
    stdout.write(LEAVE);
    process.off('exit', restore);
  };
  stdout.write(ENTER);
  // Last resort: even a process.exit() elsewhere leaves the terminal usable.
  process.on('exit', restore);
  return { restore };
}

/** One readable line for a crash; the stack only when LIAISON_DEBUG is set. */
export function crashMessage(error: unknown, env: NodeJS.ProcessEnv = process.env): string {
  const text = error instanceof Error ? error.message : String(error);
  const stack = env['LIAISON_DEBUG'] && error instanceof Error ? `\n${error.stack}` : '';
  return `liaison-sim: the interactive view stopped on an error: ${text}${stack}\n`;
}
