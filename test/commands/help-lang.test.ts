import { describe, expect, it } from 'vitest';
import { allCommands } from '../../src/commands/main.js';
import { displayWidth } from '../../src/text/width.js';
import { cli as inProcess } from '../support/cli.js';

/** The CLI in-process, seeing only the locale variables given. */
const cli = (env: Record<string, string>, ...args: string[]) => inProcess(args, { env });

const KOREAN = { LANG: 'ko_KR.UTF-8' };
const HANGUL = /[\uac00-\ud7a3]/;

describe("a command's help in the command's language", () => {
  it('is Korean under a Korean locale, with the option names as they are', async () => {
    const { code, stdout } = await cli(KOREAN, 'run', '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^사용법: liaison-sim run <scenario> \[--json\]/);
    expect(stdout).toContain('텍스트 대신 JSON 객체 하나를 출력');
    expect(stdout).toContain('종료 코드: 0 성공');
    for (const option of ['--json', '--at <time>', '--answers', '--lang <en|ko>', '-h, --help']) {
      expect(stdout).toContain(`\n  ${option} `);
    }
    expect(stdout).not.toContain('Usage:');
  });

  it('is Korean with --lang ko, and English with --lang en under a Korean locale', async () => {
    const korean = await cli({}, 'export', '--help', '--lang', 'ko');
    expect(korean.stdout).toContain('사용법: liaison-sim export <scenario> --format svg|md|html|mermaid');
    expect(korean.stdout).toContain('유인물');
    expect(korean.stdout).toContain('--force');
    const english = await cli(KOREAN, 'export', '--lang', 'en', '--help');
    expect(english.stdout).toMatch(/^Usage: liaison-sim export /);
    expect(english.stdout).not.toMatch(HANGUL);
  });

  it('is English without a Korean locale or --lang', async () => {
    const locales: Record<string, string>[] = [
      {},
      { LANG: 'en_US.UTF-8' },
      { LC_ALL: 'C', LANG: 'ko_KR.UTF-8' },
    ];
    for (const env of locales) {
      const { stdout } = await cli(env, 'validate', '--help');
      expect(stdout).toMatch(/^Usage: liaison-sim validate /);
      expect(stdout).not.toMatch(HANGUL);
    }
  });

  it('help <command> follows the locale too, also for a command without --lang', async () => {
    expect(await cli(KOREAN, 'help', 'list')).toEqual(await cli(KOREAN, 'list', '--help'));
    expect((await cli({ LC_MESSAGES: 'ko_KR.UTF-8' }, 'help', 'schema')).stdout).toContain(
      '사용법: liaison-sim schema',
    );
    expect((await cli({}, 'help', 'schema')).stdout).toMatch(/^Usage: liaison-sim schema/);
  });

  it('every command has Korean help that fits the usage width, and Korean usage mistakes point to it', async () => {
    for (const name of ['play', 'run', 'export', 'validate', 'list', 'schema']) {
      const { stdout } = await cli(KOREAN, name, '--help');
      expect(stdout).toContain(`사용법: liaison-sim ${name}`);
      // Only the synopsis line may run past 90 columns (it does in English too).
      const [, ...body] = stdout.split('\n');
      for (const line of body) expect(displayWidth(line), line).toBeLessThanOrEqual(90);
    }
    const wrong = await cli(KOREAN, 'run', '--jsn');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/\n도움말: liaison-sim run --help\n$/);
  });
});

describe('usage mistakes in the locale', () => {
  it('say how many scenarios belong, and name an unknown command, in Korean', async () => {
    expect((await cli(KOREAN, 'run')).stderr).toBe(
      'liaison-sim run: 시나리오를 정확히 하나 지정하세요 (파일 또는 내장 id)\n도움말: liaison-sim run --help\n',
    );
    expect((await cli({}, 'play', 'a', 'b', '--lang', 'ko')).stderr).toMatch(
      /^liaison-sim play: 시나리오는 한 번에/,
    );
    const typo = await cli(KOREAN, 'valdate');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/^liaison-sim: 알 수 없는 명령 "valdate"; validate 명령을 찾으시나요\?\n\n/);
    expect(typo.stderr).toContain('\n사용법:\n');
    expect((await cli({}, 'valdate')).stderr).toMatch(
      /^liaison-sim: unknown command "valdate"; did you mean validate\?/,
    );
  });
});

describe('option mistakes in the language of --lang, else the locale', () => {
  it('an unknown option, a missing value and a stray argument', async () => {
    expect((await cli(KOREAN, 'run', '--jsn', 'march-2019-withdrawal')).stderr).toBe(
      'liaison-sim run: "--jsn" 옵션은 없습니다; --json 옵션을 찾으시나요?\n도움말: liaison-sim run --help\n',
    );
    // --lang given after the mistake still picks the language of the message.
    expect((await cli({}, 'validate', '--strict', '--lang', 'ko', 'a.yaml')).stderr).toMatch(
      /^liaison-sim validate: "--strict" 옵션은 없습니다; 이 명령의 옵션: --help, --lang\n/,
    );
    expect((await cli(KOREAN, 'run', 'x', '--lang', 'en', '--jsn')).stderr).toMatch(
      /^liaison-sim run: there is no option "--jsn"; did you mean --json\?\nTry:/,
    );
    expect((await cli(KOREAN, 'run', 'x', '--at')).stderr).toMatch(
      /^liaison-sim run: --at 뒤에 값을 쓰세요\n/,
    );
    expect((await cli(KOREAN, 'run', 'x', '--json=1')).stderr).toMatch(
      /^liaison-sim run: --json에는 값을 쓰지 않습니다\n/,
    );
    expect((await cli(KOREAN, 'schema', 'x')).stderr).toMatch(/^liaison-sim schema: 예상하지 못한 인수 "x"/);
  });

  it('a --lang the tool does not speak is said in the locale', async () => {
    const { code, stderr } = await cli(KOREAN, 'list', '--lang', 'fr');
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^liaison-sim list: --lang "fr": 지원하지 않는 언어입니다; en 또는 ko 중에서 고르세요\n/,
    );
  });

  it("run's --at mistakes, in the scenario's language too", async () => {
    expect((await cli({}, 'run', 'march-2019-withdrawal', '--at', 'soon', '--lang', 'ko')).stderr).toMatch(
      /^liaison-sim run: --at "soon": 시각이 아닙니다; 2019-03-22,/,
    );
    expect((await cli({}, 'run', 'march-2019-withdrawal-ko', '--at', '2000-01-01')).stderr).toMatch(
      /^liaison-sim run: --at "2000-01-01": .*[\uac00-\ud7a3]/,
    );
    expect((await cli({}, 'run', 'march-2019-withdrawal', '--at', 'soon')).stderr).toMatch(
      /^liaison-sim run: --at "soon" is not a time: write e\.g\. 2019-03-22/,
    );
  });

  it("export's format mistakes", async () => {
    const unknown = await cli({}, 'export', 'march-2019-withdrawal', '--format', 'png', '--lang', 'ko');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      'liaison-sim export: 알 수 없는 형식 "png"; svg, md, html, mermaid 중에서 고르세요\n',
    );
    expect((await cli(KOREAN, 'export', 'march-2019-withdrawal', '-o', 'chart')).stderr).toBe(
      'liaison-sim export: 형식을 지정하세요: --format svg|md|html|mermaid\n',
    );
  });
});

describe('the overall usage', () => {
  it('follows the locale: Korean summaries in the same column, English by default', async () => {
    const korean = (await cli(KOREAN, '--help')).stdout;
    expect(korean).toContain('\n사용법:\n');
    expect(korean).toMatch(
      /\n {2}liaison-sim run <scenario> \[--json\] \[--at <time>\] \[--answers\]\n {3,}기대 조건을 포함한 전체 실행\n/,
    );
    expect(korean).toContain('종료 코드:');
    const summaries = korean
      .split('\n')
      .filter((line) => line.startsWith('  liaison-sim') && HANGUL.test(line))
      .map((line) => line.search(/[\uac00-\ud7a3]/));
    expect(new Set(summaries).size).toBe(1);
    const english = (await cli({}, '--help')).stdout;
    expect(english).toContain('\nUsage:\n');
    expect(english).not.toMatch(HANGUL);
  });
});

describe("every command's synopsis", () => {
  it('names every option the command takes, in its --help in both languages and in the usage', async () => {
    const commands = await allCommands();
    for (const lang of ['en', 'ko'] as const) {
      const usage = (await cli({}, '--help', '--lang', lang)).stdout;
      for (const command of commands) {
        const [first = ''] = (await cli({}, '--lang', lang, command.name, '--help')).stdout.split('\n');
        const line = usage.split('\n').find((l) => l.startsWith(`  liaison-sim ${command.name}`)) ?? '';
        expect(first).toMatch(new RegExp(`^(Usage|사용법): liaison-sim ${command.name}\\b`));
        for (const [long, spec] of Object.entries(command.options)) {
          if (long === 'help') continue;
          const named = new RegExp(`(--${long}|-${spec.short ?? long})\\b`);
          expect(first, `${command.name} --${long} (${lang})`).toMatch(named);
          // The usage says once, under the commands, which of them take --lang.
          if (long !== 'lang') expect(line, `usage: ${command.name} --${long}`).toMatch(named);
        }
        expect(first.includes('--lang'), command.name).toBe(command.lang);
      }
    }
  });
});

describe('a --lang around help and the usage', () => {
  const KOREAN_USAGE = /^liaison-sim: 대립하는 두 당사자/;
  it('speaks the --lang written before help, -h, --help or help <command>, and after help <command>', async () => {
    for (const args of [
      ['--lang', 'ko', 'help'],
      ['--lang', 'ko', '--help'],
      ['--lang=ko', '-h'],
      ['help', '--lang', 'ko'],
      ['--help', '--lang', 'ko'],
    ]) {
      const { code, stdout } = await cli({}, ...args);
      expect(code, args.join(' ')).toBe(0);
      expect(stdout, args.join(' ')).toMatch(KOREAN_USAGE);
    }
    const runHelp = (await cli({}, 'run', '--help', '--lang', 'ko')).stdout;
    expect(runHelp).toMatch(/^사용법: liaison-sim run /);
    for (const args of [
      ['help', 'run', '--lang', 'ko'],
      ['--lang', 'ko', 'help', 'run'],
      ['--lang', 'ko', '--help', 'run'],
      ['-h', 'run', '--lang', 'ko'],
    ]) {
      expect((await cli({}, ...args)).stdout, args.join(' ')).toBe(runHelp);
    }
    // A command without --lang of its own still has its help in the leading one.
    expect((await cli({}, '--lang', 'ko', 'help', 'schema')).stdout).toMatch(/^사용법: liaison-sim schema/);
    // And English when --lang en overrides a Korean locale.
    expect((await cli(KOREAN, '--lang', 'en', 'help')).stdout).toMatch(/^liaison-sim: step through/);
    expect((await cli(KOREAN, 'help', 'list', '--lang', 'en')).stdout).toMatch(/^Usage: liaison-sim list/);
  });

  it('gives the version whatever --lang comes first', async () => {
    const version = await cli({}, '--version');
    expect(await cli({}, '--lang', 'ko', '-v')).toEqual(version);
  });

  it('says an unknown command, an unknown option and a bad --lang in that language', async () => {
    const typo = await cli({}, '--lang', 'ko', 'valdate');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/^liaison-sim: 알 수 없는 명령 "valdate"; validate 명령을 찾으시나요\?\n\n/);
    expect(typo.stderr).toContain('\n사용법:\n');
    const unknownTopic = await cli({}, 'help', 'nothing', '--lang', 'ko');
    expect(unknownTopic.stderr).toMatch(/^liaison-sim: 알 수 없는 명령 "nothing"\n\n/);
    expect((await cli({}, '--lang', 'ko', '--presnt')).stderr).toBe(
      'liaison-sim play: "--presnt" 옵션은 없습니다; --present 옵션을 찾으시나요?\n도움말: liaison-sim play --help\n',
    );
    expect((await cli({}, '--lang', 'ko', 'schema', 'x')).stderr).toMatch(
      /^liaison-sim schema: 예상하지 못한 인수/,
    );
    const bad = await cli(KOREAN, '--lang', 'fr', 'help');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'liaison-sim: --lang "fr": 지원하지 않는 언어입니다; en 또는 ko 중에서 고르세요\n도움말: liaison-sim --help\n',
    );
    expect((await cli({}, '--lang', 'fr', 'list')).stderr).toBe(
      'liaison-sim: --lang "fr" is not a language this tool speaks; choose en or ko\nTry: liaison-sim --help\n',
    );
  });

  it('a leading --lang is the command’s, and a --lang after the command wins', async () => {
    expect((await cli({}, '--lang', 'ko', 'list')).stdout).toEqual(
      (await cli({}, 'list', '--lang', 'ko')).stdout,
    );
    expect((await cli({}, '--lang', 'ko', 'list', '--lang', 'en')).stdout).toEqual(
      (await cli({}, 'list')).stdout,
    );
  });
});
