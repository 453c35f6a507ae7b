import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasTmux, tmuxServer } from '../support/tmux.js';

/**
 * Drives the BUILT CLI in a real pseudo-terminal (tmux): the screen, the keys, and the
 * terminal left as it was found on every way out.
 */
const CLI = 'dist/cli.js';
const { tmux, waitFor, close } = tmuxServer('liaison-e2e-tmux-');
const show = (target: string, format: string) => tmux('display-message', '-p', '-t', target, format).trim();

/** A fresh shell at 100×30; the CLI runs in it the way a person would run it. */
function shell(name: string): string {
  tmux(
    'new-session',
    '-d',
    '-s',
    name,
    '-x',
    '100',
    '-y',
    '30',
    'env -u CI PS1="ready$ " bash --norc --noprofile',
  );
  return name;
}

// The real-terminal tests need tmux; .ci/run installs it, so in CI its absence is a failure.
it.runIf(process.env['CI'])('has tmux to drive a real terminal in CI', () => {
  expect(hasTmux).toBe(true);
});
afterAll(close);

describe.skipIf(!hasTmux)('play in a real terminal', () => {
  it('shows the default scenario, steps, helps, and quits with q leaving the terminal as it was', async () => {
    const t = shell('quit-q');
    await waitFor(t, /ready\$/);
    tmux('send-keys', '-t', t, `node ${CLI}; echo "EXIT=$?"`, 'Enter');
    const first = await waitFor(t, /1\/\d+/);
    expect(first).toContain('liaison-sim · North Korea pulls its staff');
    expect(first).toMatch(/● Joint Liaison Office \(Kaesong\)\s+OPEN/);
    expect(first).toContain('South ⇄ North: reachable over 5 of 5 direct channels');
    expect(show(t, '#{alternate_on} #{cursor_flag}')).toBe('1 0');

    tmux('send-keys', '-t', t, 'Right');
    expect(await waitFor(t, / 2\/\d+/)).toContain('HISTORICAL');
    tmux('send-keys', '-t', t, 'G');
    const last = Number(/ (\d+)\/\1\b/.exec(await waitFor(t, / (\d+)\/\1\b/))?.[1]);
    tmux('send-keys', '-t', t, 'h');
    await waitFor(t, new RegExp(` ${last - 1}/${last}\\b`));
    // tmux types the whole date at once: Ink hands it over as one string.
    tmux('send-keys', '-t', t, '/2019-03-22 10:00', 'Enter');
    expect(await waitFor(t, /Fri 22 Mar 2019 10:00 KST/)).toMatch(
      /✖ Joint Liaison Office \(Kaesong\)\s+CLOSED/,
    );
    tmux('send-keys', '-t', t, '?');
    expect(await waitFor(t, /Help/)).toContain('jump to a date');
    tmux('send-keys', '-t', t, 'Escape');
    await waitFor(t, /What happened/);

    tmux('send-keys', '-t', t, 'q');
    const after = await waitFor(t, /EXIT=0/);
    expect(after).toContain('ready$');
    expect(after).not.toContain('What happened');
    expect(show(t, '#{alternate_on} #{cursor_flag} #{pane_current_command}')).toBe('0 1 bash');
  });

  it('quits with Ctrl-C and restores the terminal', async () => {
    const t = shell('quit-c');
    await waitFor(t, /ready\$/);
    tmux('send-keys', '-t', t, `node ${CLI} play march-2019-withdrawal; echo "EXIT=$?"`, 'Enter');
    await waitFor(t, /1\/\d+/);
    tmux('send-keys', '-t', t, 'C-c');
    const after = await waitFor(t, /EXIT=0/);
    expect(after).toContain('ready$');
    expect(show(t, '#{alternate_on} #{cursor_flag} #{pane_current_command}')).toBe('0 1 bash');
  });

  it('restores the terminal on SIGTERM and ends the process with 143', async () => {
    // A small parent reports how the CLI ended: an exit code of its own, or death by signal.
    const dir = mkdtempSync(join(tmpdir(), 'liaison-e2e-'));
    const parent = join(dir, 'parent.mjs');
    writeFileSync(
      parent,
      [
        "import { spawn } from 'node:child_process';",
        "import { writeFileSync } from 'node:fs';",
        `const child = spawn(process.execPath, [${JSON.stringify(resolve(CLI))}], { stdio: 'inherit' });`,
        `writeFileSync(${JSON.stringify(join(dir, 'pid'))}, String(child.pid));`,
        "child.on('exit', (code, signal) => { console.log(`ENDED code=${code} signal=${signal}`); setTimeout(() => {}, 60_000); });",
      ].join('\n'),
    );
    const t = 'term';
    tmux('new-session', '-d', '-s', t, '-x', '100', '-y', '30', `env -u CI node ${parent}`);
    tmux('pipe-pane', '-t', t, '-o', `cat > ${join(dir, 'raw')}`);
    await waitFor(t, /1\/\d+/);
    process.kill(Number(readFileSync(join(dir, 'pid'), 'utf8')), 'SIGTERM');
    await waitFor(t, /ENDED code=143 signal=null/);
    expect(show(t, '#{alternate_on} #{cursor_flag}')).toBe('0 1');
    const written = readFileSync(join(dir, 'raw'), 'latin1');
    expect(written.lastIndexOf('\x1b[?25h')).toBeGreaterThan(written.lastIndexOf('\x1b[?25l'));
    expect(written.lastIndexOf('\x1b[?1049l')).toBeGreaterThan(written.lastIndexOf('\x1b[?1049h'));
    rmSync(dir, { recursive: true, force: true });
  });

  /** The process the pane's shell is running in the foreground (the CLI), from /proc. */
  function foregroundChild(target: string): number {
    const shellPid = show(target, '#{pane_pid}');
    const children = readFileSync(`/proc/${shellPid}/task/${shellPid}/children`, 'utf8').trim().split(/\s+/);
    expect(children).toHaveLength(1);
    return Number(children[0]);
  }

  it.each([
    ['SIGINT', 130],
    ['SIGUSR2', 140],
    ['SIGQUIT', 131],
    ['SIGHUP', 129],
  ] as const)(
    'restores the terminal on an external %s, and the shell sees exit code %i',
    async (signal, code) => {
      const t = shell(`kill-${signal}`);
      await waitFor(t, /ready\$/);
      tmux('send-keys', '-t', t, `node ${CLI} play march-2019-withdrawal; echo "EXIT=$?"`, 'Enter');
      await waitFor(t, /1\/\d+/);
      process.kill(foregroundChild(t), signal);
      const after = await waitFor(t, new RegExp(`EXIT=${code}\\n.*ready\\$`));
      expect(after).not.toContain('What happened');
      expect(show(t, '#{alternate_on} #{cursor_flag} #{pane_current_command}')).toBe('0 1 bash');
    },
  );

  it('restores the terminal after a Ctrl-C pressed as soon as the screen switches', async () => {
    const t = shell('early-ctrl-c');
    await waitFor(t, /ready\$/);
    tmux('send-keys', '-t', t, `node ${CLI} play march-2019-withdrawal; echo "EXIT=$?"`, 'Enter');
    // The first moment the alternate screen is on: the view may not be listening to keys yet.
    const until = Date.now() + 20_000;
    while (show(t, '#{alternate_on}') !== '1') {
      if (Date.now() > until) throw new Error('the alternate screen never came on');
    }
    tmux('send-keys', '-t', t, 'C-c');
    // 130 when the key came as a signal (before raw mode), 0 when the view read it as a key.
    const after = await waitFor(t, /EXIT=(0|130)\n.*ready\$/);
    expect(after).not.toContain('What happened');
    expect(show(t, '#{alternate_on} #{cursor_flag} #{pane_current_command}')).toBe('0 1 bash');
  });

  it('shows the first frame of a long history at once and reaches its last step with G', async () => {
    const t = shell('progressive');
    await waitFor(t, /ready\$/);
    tmux('send-keys', '-t', t, `node ${CLI} play history-2018-2023; echo "EXIT=$?"`, 'Enter');
    const first = await waitFor(t, / 1\/\d+/);
    expect(first).toContain('Five years of channels');
    // G waits for the frames still being simulated, then lands on the very last one.
    const report = spawnSync('node', [CLI, 'run', 'history-2018-2023', '--json'], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    const count = (JSON.parse(report.stdout) as { frames: unknown[] }).frames.length;
    expect(count).toBeGreaterThan(4000);
    tmux('send-keys', '-t', t, 'G');
    const last = await waitFor(t, new RegExp(` ${count}/${count}\\b`));
    expect(last).not.toContain('simulating…');
    tmux('send-keys', '-t', t, 'q');
    await waitFor(t, /EXIT=0/);
  });

  it('runs a what-if from the keyboard and marks it', async () => {
    const t = shell('what-if');
    await waitFor(t, /ready\$/);
    tmux('send-keys', '-t', t, `node ${CLI}; echo "EXIT=$?"`, 'Enter');
    await waitFor(t, /1\/\d+/);
    tmux('send-keys', '-t', t, 'i');
    await waitFor(t, /Which channel\?/);
    tmux('send-keys', '-t', t, '2');
    const events = await waitFor(t, /What could happen now to Liaison line\?/);
    const number = /(\d+) North stops answering/.exec(events)![1]!;
    tmux('send-keys', '-t', t, number, 'Enter');
    const branch = await waitFor(t, /WHAT-IF · NOT HISTORY/);
    // The reason comes first; the mark takes the room it leaves, on this line or the next.
    expect(branch).toMatch(/✖ Liaison line\s+CLOSED\s+\S[^\n]*\n?[^\n]*≠ history: was OPEN/);
    tmux('send-keys', '-t', t, 'b');
    await waitFor(t, /Back to history/);
    tmux('send-keys', '-t', t, 'q');
    await waitFor(t, /EXIT=0/);
  });

  it('saves a what-if with w into the current directory, never over a file, and the file runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'liaison-save-'));
    const cli = resolve(CLI);
    const t = shell('save');
    await waitFor(t, /ready\$/);
    tmux('send-keys', '-t', t, `cd ${dir} && node ${cli}; echo "EXIT=$?"`, 'Enter');
    await waitFor(t, /1\/\d+/);
    for (const round of [1, 2]) {
      tmux('send-keys', '-t', t, 'i');
      await waitFor(t, /Which channel\?/);
      tmux('send-keys', '-t', t, '2');
      const events = await waitFor(t, /What could happen now to Liaison line\?/);
      tmux('send-keys', '-t', t, /(\d+) North stops answering/.exec(events)![1]!, 'Enter');
      await waitFor(t, /WHAT-IF · NOT HISTORY/);
      tmux('send-keys', '-t', t, 'w');
      await waitFor(t, new RegExp(`Saved the what-if as ./march-2019-withdrawal-what-if-${round}.yaml`));
      tmux('send-keys', '-t', t, 'b');
      await waitFor(t, /Back to history/);
    }
    tmux('send-keys', '-t', t, 'q');
    await waitFor(t, /EXIT=0/);
    const saved = join(dir, 'march-2019-withdrawal-what-if-1.yaml');
    expect(existsSync(join(dir, 'march-2019-withdrawal-what-if-2.yaml'))).toBe(true);
    const run = spawnSync('node', [cli, 'run', saved], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Liaison line\s+CLOSED\s+North not answering/);
    rmSync(dir, { recursive: true, force: true });
  });
});

const ESC = String.fromCharCode(27);
const SGR = new RegExp(`${ESC}\\[[0-9;]*m`, 'g');
/** A foreground colour (red, green, yellow, cyan…), alone or after other attributes. */
const FOREGROUND = new RegExp(`${ESC}\\[(?:[0-9;]*;)?3[1-7]m`);

describe.skipIf(!hasTmux)('colour', () => {
  it('uses colour as a second cue only, and none at all with NO_COLOR', async () => {
    const t = shell('no-color');
    await waitFor(t, /ready\$/);
    tmux('send-keys', '-t', t, `NO_COLOR=1 node ${CLI}; echo "EXIT=$?"`, 'Enter');
    await waitFor(t, /1\/\d+/);
    const plain = tmux('capture-pane', '-e', '-p', '-t', t);
    expect(plain).not.toMatch(FOREGROUND);
    expect(plain.replace(SGR, '')).toMatch(/● Liaison line\s+OPEN/);
    tmux('send-keys', '-t', t, 'q');
    await waitFor(t, /EXIT=0/);
    tmux('send-keys', '-t', t, 'clear', 'Enter', `node ${CLI}; echo "EXIT=$?"`, 'Enter');
    await waitFor(t, /1\/\d+/);
    expect(tmux('capture-pane', '-e', '-p', '-t', t)).toMatch(FOREGROUND);
    tmux('send-keys', '-t', t, 'q');
    await waitFor(t, /EXIT=0/);
  });
});

describe('play without a terminal', () => {
  it('prints the plain run when output is not a terminal, and exits 0', () => {
    const result = spawnSync('sh', ['-c', `node ${CLI} play < /dev/null | cat`], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('North Korea pulls its staff');
    expect(result.stdout).toContain('Summary');
    expect(result.stdout).not.toContain('\x1b[');
  });

  it('reports a scenario that does not load on stderr, exit 2', () => {
    const result = spawnSync('node', [CLI, 'play', 'no-such-scenario.yaml'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/no-such-scenario/);
    expect(result.stdout).toBe('');
  });
});
