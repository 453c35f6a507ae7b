import { describe, expect, it } from 'vitest';
import { crashMessage, enterTerminal } from '../../src/ui/terminal.js';

function fakeTerminal() {
  const written: string[] = [];
  const raw: boolean[] = [];
  const stdin = { isTTY: true, isRaw: true, setRawMode: (on: boolean) => raw.push(on) };
  const stdout = { write: (text: string) => written.push(text) };
  return {
    stdin: stdin as unknown as NodeJS.ReadStream,
    stdout: stdout as unknown as NodeJS.WriteStream,
    written,
    raw,
  };
}

describe('terminal manners', () => {
  it('enters the alternate screen with the cursor hidden, and restores everything once', () => {
    const t = fakeTerminal();
    const session = enterTerminal(t.stdin, t.stdout);
    expect(t.written.join('')).toBe('\x1b[?1049h\x1b[H\x1b[2J\x1b[?25l');
    session.restore();
    session.restore();
    expect(t.written.slice(1)).toEqual(['\x1b[?25h\x1b[?1049l']);
    expect(t.raw).toEqual([false]);
  });

  it('says what went wrong in one line, with the stack only when asked for', () => {
    const error = new Error('boom');
    expect(crashMessage(error, {})).toBe('liaison-sim: the interactive view stopped on an error: boom\n');
    expect(crashMessage(error, { LIAISON_DEBUG: '1' })).toContain('at ');
  });
});
