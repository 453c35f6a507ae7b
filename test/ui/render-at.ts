import { EventEmitter } from 'node:events';
import { render, type Instance } from 'ink';
import type { ReactNode } from 'react';

/** A fake terminal of a chosen size (ink-testing-library's is fixed at 100 columns, no rows). */
export class FakeStdout extends EventEmitter {
  frames: string[] = [];
  isTTY = true;
  constructor(
    public columns: number,
    public rows: number,
  ) {
    super();
  }
  write = (frame: string) => {
    this.frames.push(frame);
    this.emit('frame', frame);
    return true;
  };
  resize(columns: number, rows: number) {
    this.columns = columns;
    this.rows = rows;
    this.emit('resize');
  }
}

export class FakeStdin extends EventEmitter {
  isTTY = true;
  private data: string | null = null;
  write = (data: string) => {
    this.data = data;
    this.emit('readable');
    this.emit('data', data);
  };
  read = () => {
    const data = this.data;
    this.data = null;
    return data;
  };
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

export interface Rendered {
  lastFrame(): string;
  /** Types keys and waits until the screen changes; fails if it does not within `timeout` ms. */
  press(keys: string, timeout?: number): Promise<string>;
  stdout: FakeStdout;
  stdin: FakeStdin;
  instance: Instance;
}

const STRIP_ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, 'g');
export const plain = (text: string): string => text.replace(STRIP_ANSI, '');

export async function waitFor(check: () => boolean, timeout = 2000): Promise<void> {
  const until = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting for the screen');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export const KEYS = {
  right: '\x1b[C',
  left: '\x1b[D',
  up: '\x1b[A',
  down: '\x1b[B',
  enter: '\r',
  escape: '\x1b',
};

/** Renders `node` in a fake terminal of `columns` × `rows` and waits for the first frame. */
export async function renderAt(node: ReactNode, columns = 80, rows = 24): Promise<Rendered> {
  const stdout = new FakeStdout(columns, rows);
  const stdin = new FakeStdin();
  const instance = render(node, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    stderr: new FakeStdout(columns, rows) as unknown as NodeJS.WriteStream,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  const lastFrame = () => plain(stdout.frames.at(-1) ?? '');
  await waitFor(() => stdout.frames.length > 0);
  return {
    lastFrame,
    stdout,
    stdin,
    instance,
    async press(keys, timeout = 2000) {
      const before = lastFrame();
      stdin.write(keys);
      // A key that changes nothing on screen is a failure here, not a silent two-second wait.
      await waitFor(() => lastFrame() !== before, timeout).catch(() => {
        throw new Error(`the screen did not change after ${JSON.stringify(keys)}`);
      });
      return lastFrame();
    },
  };
}
