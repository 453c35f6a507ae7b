import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { allCommands } from '../../src/commands/main.js';
import { openScenario } from '../../src/session/open.js';
import { wordsFor } from '../../src/words/index.js';
import { cli as inProcess } from '../support/cli.js';

const GOOD = 'test/fixtures/valid/withdrawal.yaml';
const FAILING = 'test/fixtures/valid/failing-expectation.yaml';
const BROKEN = 'test/fixtures/broken/unknown-side.yaml';

/** The CLI in-process, as a pipe sees it (test/e2e drives the built bundle). */
const cli = (...args: string[]) => inProcess(args);

/** No stack trace ever reaches the user. */
/** The GOOD scenario, loaded. */
function loadedGood() {
  const opened = openScenario(GOOD);
  if (!opened.ok) throw new Error('the good fixture does not load');
  return opened;
}

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);

describe('liaison-sim itself', () => {
  it('prints its version from package.json, and its usage', async () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(await cli('--version')).toMatchObject({ code: 0, stdout: `liaison-sim ${pkg.version}\n` });
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('liaison-sim run <scenario> [--json] [--at <time>] [--answers]');
  });

  it('refuses an unknown command with exit 2, and points a scenario at play', async () => {
    const { code, stderr } = await cli('cut-off-2020');
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(
      'liaison-sim: unknown command "cut-off-2020"; to step through a scenario: liaison-sim play cut-off-2020',
    );
    noStack(stderr);
  });
  it('hands options given with no command to play, the command a bare liaison-sim runs', async () => {
    const { code, stdout } = await cli('--lang', 'ko');
    expect(code).toBe(0);
    expect(stdout).toContain('\n요약\n');
    expect(await cli('--presnt')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'liaison-sim play: there is no option "--presnt"; did you mean --present?\nTry: liaison-sim play --help\n',
    });
  });
  it("help <command> is that command's --help, and names a mistyped one", async () => {
    expect(await cli('help', 'export')).toEqual(await cli('export', '--help'));
    const typo = await cli('help', 'valdate');
    expect(typo.code).toBe(2);
    expect(typo.stderr.split('\n')[0]).toBe('liaison-sim: unknown command "valdate"; did you mean validate?');
  });

  it('help help and help --help are the usage; help of no command offers no scenario to play', async () => {
    const usage = await cli('--help');
    for (const topic of ['help', '--help', '-h']) expect(await cli('help', topic)).toEqual(usage);
    const unknown = await cli('help', 'cut-off-2020');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.split('\n')[0]).toBe('liaison-sim: unknown command "cut-off-2020"');
  });
});

describe('liaison-sim run', () => {
  it('prints the whole run and exits 0 when every expectation holds', async () => {
    const { code, stdout } = await cli('run', GOOD);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('North Korea pulls its staff from the liaison office');
    expect(stdout).toContain('  expectations: 4 passed, 0 failed\n');
  });

  it('finds a bundled scenario by its id from the built bundle', async () => {
    const { code, stdout } = await cli('run', 'march-2019-withdrawal', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).scenario.id).toBe('march-2019-withdrawal');
  });

  it('exits 1 and says which expectation failed', async () => {
    const { code, stdout } = await cli('run', FAILING);
    expect(code).toBe(1);
    expect(stdout).toContain(
      '!!! EXPECTATION FAILED: office should be open but is degraded (North only partly staffed (5 of 20) since 25 Mar 2019 08:30)',
    );
  });

  it('--json prints one deterministic object and keeps the exit code', async () => {
    const first = await cli('run', GOOD, '--json');
    const second = await cli('run', GOOD, '--json');
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    const report = JSON.parse(first.stdout);
    expect(report.scenario.id).toBe('test-withdrawal');
    expect(report.frames[0].at).toBe('2019-03-21T08:00:00+09:00');
    expect(report.expectations).toMatchObject({ passed: 4, failed: 0 });
    expect((await cli('run', FAILING, '--json')).code).toBe(1);
  });

  it('--at prints how the channels stand at that moment, read at the scenario offset', async () => {
    const { code, stdout } = await cli('run', GOOD, '--at', '2019-03-22T12:00');
    expect(code).toBe(0);
    expect(stdout).toContain('At Fri 22 Mar 2019 12:00 KST, as of frame 6 of 17:');
    expect(stdout).toContain(
      '  Joint Liaison Office    CLOSED    North staff withdrawn since 22 Mar 2019 10:00',
    );
    expect(stdout).toContain(
      'No step at 22 Mar 2019 12:00: showing how things stood from 22 Mar 2019 10:00 (2 hours before); next step 22 Mar 2019 15:00 (3 hours later).',
    );
    const json = JSON.parse((await cli('run', GOOD, '--at', '2019-03-22T03:00Z', '--json')).stdout);
    expect(json.frame).toMatchObject({ index: 5, do: 'withdraw-staff' });
    expect(json.place).toBe('between');
    // The moment resolved, with its offset, as frames carry theirs; the typed text beside it.
    expect(json.at).toBe('2019-03-22T12:00:00+09:00');
    expect(json.asked).toBe('2019-03-22T03:00Z');
    const day = JSON.parse((await cli('run', GOOD, '--at', '2019-03-22', '--json')).stdout);
    expect(day.at).toBe('2019-03-22T00:00:00+09:00');
  });

  it('exits 2 with file:line:col problems for a broken scenario, never a stack trace', async () => {
    const { code, stdout, stderr } = await cli('run', BROKEN);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(readFileSync('test/fixtures/broken/unknown-side.expected', 'utf8'));
    noStack(stderr);
  });

  it('exits 2 with a short message on bad usage', async () => {
    for (const args of [
      ['run'],
      ['run', GOOD, GOOD],
      ['run', '--bogus', GOOD],
      ['run', GOOD, '--at', 'soon'],
    ]) {
      const { code, stderr } = await cli(...args);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^liaison-sim run: /);
      expect(stderr).toContain('Try: liaison-sim run --help');
      noStack(stderr);
    }
    expect((await cli('run', GOOD, '--at', '2019-03-20T00:00+09:00')).stderr).toContain(
      'is before the scenario starts',
    );
  });
});

describe('liaison-sim validate', () => {
  it('says ok for a good file and exits 0', async () => {
    expect(await cli('validate', GOOD)).toEqual({
      code: 0,
      stdout: `${GOOD}: ok (3 events, 3 channels)\n`,
      stderr: '',
    });
  });

  it('counts one event and one channel in the singular', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'liaison-one-'));
    const file = join(dir, 'one.yaml');
    writeFileSync(
      file,
      [
        'id: one',
        'title: One',
        'start: 2019-03-22T09:00+09:00',
        'end: 2019-03-22T12:00+09:00',
        'parties:',
        '  south: { name: South Korea, short: South }',
        '  north: { name: North Korea, short: North }',
        'channels:',
        '  line: { kind: hotline, class: leaders, name: Leaders line }',
        'events:',
        '  - { at: 2019-03-22T10:00+09:00, side: north, channel: line, do: stop-answering }',
        '',
      ].join('\n'),
    );
    expect((await cli('validate', file)).stdout).toBe(`${file}: ok (1 event, 1 channel)\n`);
  });

  it('checks every file, prints every problem and exits 2 when any file is broken', async () => {
    const { code, stdout, stderr } = await cli(
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

  it('refuses to run without a file', async () => {
    expect((await cli('validate')).code).toBe(2);
  });
});

describe('control characters in a scenario', () => {
  // eslint-disable-next-line no-control-regex -- control characters are what this test looks for
  const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
  it.each([['run'], ['run', '--json'], ['run', '--at', '2019-03-22T12:00+09:00']])(
    'never reach the terminal raw: %s',
    async (...args) => {
      const { code, stdout, stderr } = await cli(...args, 'test/fixtures/hostile/controls.yaml');
      expect(code).toBe(0);
      expect(stdout).toContain('pwned');
      expect(stdout + stderr).not.toMatch(CONTROL);
    },
  );

  it('nor do they through a message quoting the file name or raw text', async () => {
    const { code, stderr } = await cli('validate', 'no\u001b]0;such\u0007.yaml');
    expect(code).toBe(2);
    expect(stderr).toContain('no␛]0;such␇.yaml: there is no file');
    expect(stderr).not.toMatch(CONTROL);
  });
});

describe('liaison-sim list and schema', () => {
  it('list shows the bundled scenarios, the default first', async () => {
    const { code, stdout } = await cli('list');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^march-2019-withdrawal +\S.* \(default\)$/);
  });

  it('list takes --lang and the locale like every command that prints words', async () => {
    for (const run of [cli('list', '--lang', 'ko'), inProcess(['list'], { env: { LANG: 'ko_KR.UTF-8' } })]) {
      const { code, stdout, stderr } = await run;
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout.split('\n')[0]).toMatch(/^march-2019-withdrawal +\S.* \(기본\)$/);
      expect(stdout).toContain('march-2019-withdrawal-ko');
    }
  });

  it('schema prints exactly the committed JSON Schema', async () => {
    const { code, stdout } = await cli('schema');
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync('scenarios/scenario.schema.json', 'utf8'));
  });
});

describe('every command, parsed one way', () => {
  const NAMES = ['play', 'run', 'validate', 'list', 'export', 'schema'];

  it.each(NAMES)('%s --help and -h explain the command and exit 0', async (command) => {
    for (const flag of ['--help', '-h']) {
      const { code, stdout, stderr } = await cli(command, flag);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toMatch(new RegExp(`^Usage: liaison-sim ${command}`));
    }
  });

  it.each(NAMES)('%s refuses a mistyped option with exit 2, a guess and where to look', async (command) => {
    const { code, stdout, stderr } = await cli(command, '--hlep');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `liaison-sim ${command}: there is no option "--hlep"; did you mean --help?\nTry: liaison-sim ${command} --help\n`,
    );
  });

  it('says how many scenarios belong, the same way for each command', async () => {
    for (const [args, message] of [
      [['play', 'a', 'b'], 'one scenario at a time'],
      [['run'], 'name exactly one scenario (a file or a bundled id)'],
      [['export', 'a', 'b', '--format', 'svg'], 'give exactly one scenario (a file or a bundled id)'],
      [['validate'], 'name at least one scenario file'],
      [['validate', '--lang', 'ko'], wordsFor('ko').validate.noFile],
    ] as const) {
      const command = args[0];
      expect(await cli(...args)).toEqual({
        code: 2,
        stdout: '',
        // The line under it speaks the command's language too.
        stderr: `liaison-sim ${command}: ${message}\n${wordsFor((args as readonly string[]).includes('ko') ? 'ko' : 'en').cli.tryHelp(command)}\n`,
      });
    }
  });

  it('takes --lang only where a command speaks, and refuses a language it does not', async () => {
    for (const command of ['play', 'run', 'validate', 'export']) {
      const { code, stderr } = await cli(command, 'march-2019-withdrawal', '--lang', 'fr');
      expect(code).toBe(2);
      expect(stderr).toBe(
        `liaison-sim ${command}: --lang "fr" is not a language this tool speaks; choose en or ko\nTry: liaison-sim ${command} --help\n`,
      );
    }
    expect((await cli('schema', '--lang', 'ko')).stderr).toMatch(
      /^liaison-sim schema: there is no option "--lang"/,
    );
  });

  it('play prints the whole run as text when it is not in a terminal', async () => {
    const { code, stdout } = await cli('play', GOOD);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('North Korea pulls its staff from the liaison office');
    expect(stdout).toContain('  expectations: 4 passed, 0 failed\n');
  });

  it('lists every command in the usage with the summary its definition gives', async () => {
    const commands = await allCommands();
    expect(commands.map((c) => c.name)).toEqual(NAMES);
    const { stdout } = await cli('--help');
    for (const { name, synopsis: of, summary } of commands) {
      const synopsis = `liaison-sim ${name}${of(false) ? ` ${of(false)}` : ''}`;
      expect(stdout).toMatch(new RegExp(`\\n  ${escape(synopsis)}( +|\\n +)${escape(summary('en'))}\\n`));
      // Each runs under the name its definition gives.
      expect((await cli(name, '--help')).stdout).toContain(`Usage: liaison-sim ${name}`);
    }
    expect(stdout).toContain('play, run, validate,\nlist and export speak English or Korean');
  });
});

/** `text` as a regular expression that matches only itself. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the commands stay away from the terminal UI', () => {
  /**
   * The CLI split into chunks at each dynamic import, with what each holds. The bundle
   * (scripts/build.mjs) is one script, but the same holds there: a module bundled behind a
   * dynamic import runs only when that import is reached, and Ink's layout engine is a module
   * of its own that only play loads (src/ui/libraries.ts).
   */
  const chunks = build({
    entryPoints: ['src/cli.ts'],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    outdir: 'dist-unwritten',
    write: false,
    metafile: true,
    external: ['react-devtools-core'],
    logLevel: 'silent',
  }).then((result) => result.metafile.outputs);

  it.each(['run', 'validate', 'list', 'schema', 'export'])(
    '%s loads no Ink, React or src/ui code: not at start, nor with the command',
    async (command) => {
      const outputs = await chunks;
      const named = (entry: string) =>
        Object.keys(outputs).find((out) => outputs[out]!.entryPoint === entry)!;
      // What runs before the command's own code: cli.js and the command's chunk, and every
      // chunk they import statically (a dynamic import loads only when it is reached).
      const loaded = new Set<string>();
      const visit = (out: string) => {
        if (loaded.has(out)) return;
        loaded.add(out);
        for (const edge of outputs[out]!.imports)
          if (edge.kind === 'import-statement' && outputs[edge.path]) visit(edge.path);
      };
      visit(named('src/cli.ts'));
      expect(named(`src/commands/${command}.ts`)).toBeDefined();
      visit(named(`src/commands/${command}.ts`));
      const inputs = [...loaded].flatMap((out) => Object.keys(outputs[out]!.inputs));
      // The check is only worth something if the chunks really contain the command.
      expect(inputs).toContain(`src/commands/${command}.ts`);
      expect(
        inputs.filter((path) =>
          /node_modules\/(ink|react|react-reconciler|yoga-layout)\/|src\/ui\//.test(path),
        ),
      ).toEqual([]);
    },
  );
});

describe('options a format or a terminal cannot honour', () => {
  it('export --answers with svg or mermaid is a usage mistake, in English and Korean', async () => {
    for (const format of ['svg', 'mermaid']) {
      const english = await cli('export', 'march-2019-withdrawal', '--format', format, '--answers');
      expect(english.code).toBe(2);
      expect(english.stdout).toBe('');
      expect(english.stderr).toBe(
        `liaison-sim export: --answers writes the answer key of a handout (md, html): ${format} has no questions\nTry: liaison-sim export --help\n`,
      );
      const korean = await cli('export', 'march-2019-withdrawal', '-f', format, '--answers', '--lang', 'ko');
      expect(korean.code).toBe(2);
      expect(korean.stderr).toMatch(/^liaison-sim export: --answers는 유인물\(md, html\)의 정답지를 씁니다/);
    }
    // The handouts take it.
    const key = await cli('export', 'march-2019-withdrawal', '--format', 'md', '--answers');
    expect(key.code).toBe(0);
  });

  it('play --present without a terminal says presenting needs one, then prints the run as play does', async () => {
    const plain = await cli('play', GOOD);
    const presenting = await cli('play', GOOD, '--present');
    expect(presenting.code).toBe(0);
    expect(presenting.stdout).toBe(plain.stdout);
    expect(plain.stderr).toBe('');
    expect(presenting.stderr).toBe(
      'liaison-sim play: presenting needs a terminal: printing the whole run as text instead\n',
    );
    const korean = await cli('play', GOOD, '--present', '--lang', 'ko');
    expect(korean.stderr).toMatch(/^liaison-sim play: 발표자 모드에는 터미널이 필요합니다/);
  });
});

describe('run --at outside the scenario', () => {
  it('before its start or after its end exits 2; after the last step but within the end, the last step stands', async () => {
    const early = await cli('run', GOOD, '--at', '2019-03-20T00:00+09:00');
    expect(early.code).toBe(2);
    const late = await cli('run', GOOD, '--at', '2019-05-01');
    expect(late.code).toBe(2);
    expect(late.stdout).toBe('');
    expect(late.stderr).toMatch(
      /^liaison-sim run: --at "2019-05-01": 1 May 2019 00:00 is after the scenario ends \(.+\)\.\n$/,
    );
    expect((await cli('run', GOOD, '--at', '2019-05-01', '--json')).code).toBe(2);
    const { scenario, timeline } = loadedGood();
    const last = timeline.frames.at(-1)!.at;
    expect(scenario.end).toBeGreaterThan(last);
    // Between the last step and the end: how things stand, from the last step.
    const within = new Date(Math.floor((last + scenario.end) / 2 / 60_000) * 60_000).toISOString();
    const shown = await cli('run', GOOD, '--at', within);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('is after the last step: showing the last step');
    expect((await cli('run', GOOD, '--at', new Date(scenario.end).toISOString())).code).toBe(0);
    expect((await cli('run', GOOD, '--at', new Date(scenario.end + 60_000).toISOString())).code).toBe(2);
    const korean = await cli('run', GOOD, '--at', '2019-05-01', '--lang', 'ko');
    expect(korean.stderr).toMatch(
      /^liaison-sim run: --at "2019-05-01": 시나리오 끝\(.+\) 뒤의 시각입니다: 2019년 5월 1일 00:00\n$/,
    );
  });
});
