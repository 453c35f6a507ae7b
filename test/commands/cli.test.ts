import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const GOOD = 'test/fixtures/valid/withdrawal.yaml';
const FAILING = 'test/fixtures/valid/failing-expectation.yaml';
const BROKEN = 'test/fixtures/broken/unknown-side.yaml';

/** The built CLI; LIAISON_CLI points elsewhere (and skips the build) when dist cannot be built. */
const CLI = process.env.LIAISON_CLI ?? 'dist/cli.js';

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** No stack trace ever reaches the user. */
const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);

describe('liaison-sim itself', () => {
  it('prints its version from package.json, and its usage', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(cli('--version')).toMatchObject({ code: 0, stdout: `liaison-sim ${pkg.version}\n` });
    const help = cli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('liaison-sim run <scenario> [--json] [--at T]');
  });

  it('refuses an unknown command with exit 2, and points a scenario at play', () => {
    const { code, stderr } = cli('cut-off-2020');
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(
      'liaison-sim: unknown command "cut-off-2020"; to step through a scenario: liaison-sim play cut-off-2020',
    );
    noStack(stderr);
  });
});

describe('liaison-sim run', () => {
  it('prints the whole run and exits 0 when every expectation holds', () => {
    const { code, stdout } = cli('run', GOOD);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('North Korea pulls its staff from the liaison office');
    expect(stdout).toContain('  expectations: 4 passed, 0 failed\n');
  });

  it('finds a bundled scenario by its id from the built bundle', () => {
    const { code, stdout } = cli('run', 'march-2019-withdrawal', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).scenario.id).toBe('march-2019-withdrawal');
  });

  it('exits 1 and says which expectation failed', () => {
    const { code, stdout } = cli('run', FAILING);
    expect(code).toBe(1);
    expect(stdout).toContain(
      '!!! EXPECTATION FAILED: office should be open but is degraded (North only partly staffed (5 of 20) since 25 Mar 2019 08:30)',
    );
  });

  it('--json prints one deterministic object and keeps the exit code', () => {
    const first = cli('run', GOOD, '--json');
    const second = cli('run', GOOD, '--json');
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    const report = JSON.parse(first.stdout);
    expect(report.scenario.id).toBe('test-withdrawal');
    expect(report.frames[0].at).toBe('2019-03-21T08:00:00+09:00');
    expect(report.expectations).toMatchObject({ passed: 4, failed: 0 });
    expect(cli('run', FAILING, '--json').code).toBe(1);
  });

  it('--at prints how the channels stand at that moment, read at the scenario offset', () => {
    const { code, stdout } = cli('run', GOOD, '--at', '2019-03-22T12:00');
    expect(code).toBe(0);
    expect(stdout).toContain('At Fri 22 Mar 2019 12:00 KST, as of frame 6 of 17:');
    expect(stdout).toContain(
      '  Joint Liaison Office    CLOSED    North staff withdrawn since 22 Mar 2019 10:00',
    );
    expect(stdout).toContain(
      'No step at 22 Mar 2019 12:00: showing how things stood from 22 Mar 2019 10:00 (2 hours before); next step 22 Mar 2019 15:00 (3 hours later).',
    );
    const json = JSON.parse(cli('run', GOOD, '--at', '2019-03-22T03:00Z', '--json').stdout);
    expect(json.frame).toMatchObject({ index: 5, do: 'withdraw-staff' });
    expect(json.place).toBe('between');
    // The moment resolved, with its offset, as frames carry theirs; the typed text beside it.
    expect(json.at).toBe('2019-03-22T12:00:00+09:00');
    expect(json.asked).toBe('2019-03-22T03:00Z');
    const day = JSON.parse(cli('run', GOOD, '--at', '2019-03-22', '--json').stdout);
    expect(day.at).toBe('2019-03-22T00:00:00+09:00');
    const late = cli('run', GOOD, '--at', '2019-05-01');
    expect(late.code).toBe(0);
    expect(late.stdout).toMatch(
      /1 May 2019 00:00 is after the last step: showing the last step, .* before\)\./,
    );
  });

  it('exits 2 with file:line:col problems for a broken scenario, never a stack trace', () => {
    const { code, stdout, stderr } = cli('run', BROKEN);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(readFileSync('test/fixtures/broken/unknown-side.expected', 'utf8'));
    noStack(stderr);
  });

  it('exits 2 with a short message on bad usage', () => {
    for (const args of [
      ['run'],
      ['run', GOOD, GOOD],
      ['run', '--bogus', GOOD],
      ['run', GOOD, '--at', 'soon'],
    ]) {
      const { code, stderr } = cli(...args);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^liaison-sim run: /);
      expect(stderr).toContain('Try: liaison-sim run --help');
      noStack(stderr);
    }
    expect(cli('run', GOOD, '--at', '2019-03-20T00:00+09:00').stderr).toContain(
      'is before the scenario starts',
    );
  });
});

describe('a reader that stops early', () => {
  it('ends the run quietly when the pipe closes (| head), without a stack trace', async () => {
    const child = spawn(process.execPath, [CLI, 'run', 'history-2018-2023', '--json'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('liaison-sim validate', () => {
  it('says ok for a good file and exits 0', () => {
    expect(cli('validate', GOOD)).toEqual({
      code: 0,
      stdout: `${GOOD}: ok (3 events, 3 channels)\n`,
      stderr: '',
    });
  });

  it('checks every file, prints every problem and exits 2 when any file is broken', () => {
    const { code, stdout, stderr } = cli(
      'validate',
      GOOD,
      BROKEN,
      'test/fixtures/broken/missing-required-keys.yaml',
    );
    expect(code).toBe(2);
    expect(stdout).toBe(`${GOOD}: ok (3 events, 3 channels)\n`);
    expect(stderr).toBe(
      readFileSync('test/fixtures/broken/unknown-side.expected', 'utf8') +
        readFileSync('test/fixtures/broken/missing-required-keys.expected', 'utf8'),
    );
  });

  it('refuses to run without a file', () => {
    expect(cli('validate').code).toBe(2);
  });
});

describe('control characters in a scenario', () => {
  // eslint-disable-next-line no-control-regex -- control characters are what this test looks for
  const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
  it.each([['run'], ['run', '--json'], ['run', '--at', '2019-03-22T12:00+09:00']])(
    'never reach the terminal raw: %s',
    (...args) => {
      const { code, stdout, stderr } = cli(...args, 'test/fixtures/hostile/controls.yaml');
      expect(code).toBe(0);
      expect(stdout).toContain('pwned');
      expect(stdout + stderr).not.toMatch(CONTROL);
    },
  );

  it('nor do they through a message quoting the file name or raw text', () => {
    const { code, stderr } = cli('validate', 'no\u001b]0;such\u0007.yaml');
    expect(code).toBe(2);
    expect(stderr).toContain('no␛]0;such␇.yaml:1:1:');
    expect(stderr).not.toMatch(CONTROL);
  });
});

describe('liaison-sim list, schema and --help', () => {
  it('list shows the bundled scenarios, the default first', () => {
    const { code, stdout } = cli('list');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^march-2019-withdrawal +\S.* \(default\)$/);
  });

  it('schema prints exactly the committed JSON Schema', () => {
    const { code, stdout } = cli('schema');
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync('scenarios/scenario.schema.json', 'utf8'));
  });

  it.each(['run', 'validate', 'list', 'schema'])('%s --help explains the command and exits 0', (command) => {
    const { code, stdout } = cli(command, '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Usage: liaison-sim ${command}`));
  });
});

describe('the commands stay away from the terminal UI', () => {
  it.each(['run', 'validate', 'list', 'schema'])(
    '%s pulls in no Ink, React or src/ui code',
    async (command) => {
      const result = await build({
        entryPoints: [`src/commands/${command}.ts`],
        bundle: true,
        platform: 'node',
        format: 'esm',
        write: false,
        metafile: true,
        logLevel: 'silent',
      });
      const inputs = Object.keys(result.metafile.inputs);
      // The check is only worth something if the bundle really contains the command.
      expect(inputs).toContain(`src/commands/${command}.ts`);
      expect(
        inputs.filter((path) =>
          /node_modules\/(ink|react|react-reconciler|yoga-layout)\/|src\/ui\//.test(path),
        ),
      ).toEqual([]);
    },
  );
});
