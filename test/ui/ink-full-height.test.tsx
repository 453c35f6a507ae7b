import type { Instance } from 'ink';
import { afterEach, describe, expect, it } from 'vitest';

// patches/ink+6.8.0.patch: a frame exactly as tall as the terminal is redrawn in place, as
// Ink 7 does, not by clearing the whole terminal first (a flicker on every step). The screen
// uses the terminal's last row on the strength of it (src/ui/layout.ts).
// Ink reads CI when imported and then writes only the last frame, as the CLI's play does.
for (const name of Object.keys(process.env))
  if (name === 'CI' || name === 'CONTINUOUS_INTEGRATION' || name.startsWith('CI_')) delete process.env[name];
// Imported only now, so that neither Ink nor the helpers (which import Ink) read it first.
const { Box, Text, render } = await import('ink');
const { FakeStdin, FakeStdout, waitFor } = await import('./render-at.js');

const CLEAR = '\x1b[2J';

let app: Instance | null = null;
afterEach(() => {
  app?.unmount();
  app = null;
});

const screen = (rows: number, text: string) => (
  <Box flexDirection="column" height={rows}>
    <Text>{text}</Text>
    <Box flexGrow={1} />
    <Text>the last row</Text>
  </Box>
);

/** Ink as the CLI runs it (not in debug mode, which writes whole frames): the bytes it sends. */
async function drawn(rows: number) {
  const stdout = new FakeStdout(40, rows);
  app = render(screen(rows, 'first'), {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stdin: new FakeStdin() as unknown as NodeJS.ReadStream,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  await waitFor(() => stdout.frames.join('').includes('first'));
  const redraw = async (text: string, height = rows) => {
    app!.rerender(screen(height, text));
    await waitFor(() => stdout.frames.join('').includes(text));
  };
  return { stdout, redraw };
}

describe('Ink, as patched, with a frame as tall as the terminal', () => {
  it('redraws it in place: it erases its lines, never clears the terminal, never scrolls it', async () => {
    const { stdout, redraw } = await drawn(10);
    await redraw('second');
    await redraw('third');
    const written = stdout.frames.join('');
    expect(written, 'patches/ink+6.8.0.patch is not applied (npm ci runs it)').not.toContain(CLEAR);
    // Erased line by line: up nine rows from the last, to the top of the frame.
    expect(written.split('\x1b[1A').length - 1).toBe(2 * 9);
    expect(written.endsWith('\n')).toBe(false);
  });

  it('still clears once the terminal is shorter than the frame, as its top rows are gone', async () => {
    const { stdout, redraw } = await drawn(10);
    stdout.resize(40, 8);
    await redraw('smaller', 8);
    expect(stdout.frames.join('')).toContain(CLEAR);
  });
});
