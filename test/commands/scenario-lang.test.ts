import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProgressively } from '../../src/session/progressive.js';
import { formatProblems, openScenario } from '../../src/session/open.js';
import { scenarioJsonSchemaText } from '../../src/scenario/schema.js';
import { scenarioToYaml } from '../../src/scenario/write.js';
import { cli as inProcess } from '../support/cli.js';

/** The CLI in-process with an English locale, or none. */
const cli = (...args: string[]) => inProcess(args, { env: { LANG: 'en_US.UTF-8' } });

const KOREAN = 'march-2019-withdrawal-ko';
const HANGUL = /[\uac00-\ud7a3]/;

/** A broken fixture with `lang: <lang>` added as its last line, so every problem keeps its line. */
function brokenWithLang(name: string, lang: string): string {
  const text = `${readFileSync(`test/fixtures/broken/${name}`, 'utf8')}lang: ${lang}\n`;
  const file = join(mkdtempSync(join(tmpdir(), 'liaison-lang-')), name);
  writeFileSync(file, text);
  return file;
}

/** The late-question fixture (a question no step shows: a warning) with a `lang:` line added. */
function withLang(lang: string): string {
  const text = readFileSync('test/fixtures/valid/late-question.yaml', 'utf8').replace(
    'zone: KST\n',
    `zone: KST\nlang: ${lang}\n`,
  );
  const file = join(mkdtempSync(join(tmpdir(), 'liaison-lang-')), 'late.yaml');
  writeFileSync(file, text);
  return file;
}

describe("a scenario's own lang:, spoken unless --lang says otherwise", () => {
  it('is read from the file, and written again when the scenario is saved', () => {
    const opened = openScenario(KOREAN);
    if (!opened.ok) throw new Error('the Korean edition does not load');
    expect(opened.scenario.lang).toBe('ko');
    expect(scenarioToYaml(opened.scenario)).toMatch(/\nlang: ko\n/);
    const english = openScenario('march-2019-withdrawal');
    expect(english.ok && english.scenario.lang).toBeUndefined();
  });

  it('run and play (as a pipe) speak Korean on an English locale, and --lang en speaks English', async () => {
    for (const command of ['run', 'play']) {
      const korean = await cli(command, KOREAN);
      expect(korean.stdout).toContain('결과 정리');
      expect(korean.stdout).not.toContain('Debrief');
      const english = await cli(command, KOREAN, '--lang', 'en');
      expect(english.stdout).toContain('Debrief');
      expect(english.stdout).not.toContain('결과 정리');
    }
  });

  it('export speaks it in the handout and the chart', async () => {
    const md = await cli('export', KOREAN, '--format', 'md');
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^\| 채널 \|/m);
    expect((await cli('export', KOREAN, '--format', 'svg')).stdout).toContain('● 가동');
    const svg = await cli('export', KOREAN, '--format', 'svg', '--lang', 'en');
    expect(svg.stdout).toContain('● open');
  });

  it("validate words each file's result and warnings in that file's language", async () => {
    const korean = withLang('ko');
    const both = await cli('validate', korean, 'march-2019-withdrawal');
    expect(both.code).toBe(0);
    expect(both.stdout).toContain(`${korean}: 문제 없음 (사건`);
    expect(both.stdout).toContain('march-2019-withdrawal: ok (');
    expect(both.stderr).toMatch(HANGUL);
    expect((await cli('validate', '--lang', 'en', korean)).stderr).not.toMatch(HANGUL);
    // The file's own lang: en speaks over a Korean locale.
    const english = await inProcess(['validate', withLang('en')], { env: { LANG: 'ko_KR.UTF-8' } });
    expect(english.stderr).toMatch(/never shown|no step/i);
    expect(english.stderr).not.toMatch(HANGUL);
  });

  it('a language the tool does not speak is a located problem; the JSON Schema lists the two', async () => {
    const wrong = await cli('validate', withLang('fr'));
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/late\.yaml:10:7: /);
    const schema = JSON.parse(scenarioJsonSchemaText()) as { properties: { lang: { enum: string[] } } };
    expect(schema.properties.lang.enum).toEqual(['en', 'ko']);
  });

  it("a file that fails its checks is reported in its own lang:, not the locale's", async () => {
    // The schema, the names, the YAML keys (a merge key) and the run (a refused event).
    const cases = [
      ['typo-and-unknown-channel.yaml', '채널 "ofice"이(가) 없습니다'],
      ['merge-key.yaml', '<<'],
      ['return-staff-who-never-left.yaml', '2019년 3월 22일'],
    ] as const;
    for (const [name, said] of cases) {
      const file = brokenWithLang(name, 'ko');
      const korean = await cli('validate', file);
      expect(korean.code).toBe(2);
      expect(korean.stderr).toContain(said);
      expect(korean.stderr).toMatch(HANGUL);
      // Word for word what a Korean locale gets, at the same lines.
      const inKorean = openScenario(file, 'ko');
      expect(inKorean.ok).toBe(false);
      if (!inKorean.ok) expect(korean.stderr).toBe(formatProblems(inKorean.problems, 'ko'));
      for (const args of [['run'], ['play'], ['export', '--format', 'md']]) {
        const other = await cli(...args, file);
        expect(other.code).toBe(2);
        expect(other.stderr).toBe(korean.stderr);
      }
      // --lang speaks over the file.
      const english = await cli('validate', '--lang', 'en', file);
      expect(english.code).toBe(2);
      expect(english.stderr).not.toMatch(HANGUL);
      expect(english.stderr).toMatch(/:\d+:\d+: /);
    }
    // The file's own lang: en speaks over a Korean locale.
    const english = await inProcess(['validate', brokenWithLang('unknown-channel.yaml', 'en')], {
      env: { LANG: 'ko_KR.UTF-8' },
    });
    expect(english.code).toBe(2);
    expect(english.stderr).not.toMatch(HANGUL);
  });

  it('a file that cannot be read as YAML, or names no language the tool speaks, is reported in the locale', async () => {
    const syntax = await cli('validate', brokenWithLang('yaml-tab-indent.yaml', 'ko'));
    expect(syntax.code).toBe(2);
    expect(syntax.stderr).toMatch(/:19:1: a tab indents this line/);
    expect(syntax.stderr).not.toMatch(HANGUL);
    const unknown = await inProcess(['validate', brokenWithLang('unknown-channel.yaml', 'fr')], {
      env: { LANG: 'ko_KR.UTF-8' },
    });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(HANGUL);
  });

  it('the screen is opened once, in the language the file names', () => {
    const opened = openProgressively(KOREAN, {}, { given: undefined, locale: 'en' });
    if (!opened.ok) throw new Error('the Korean edition does not load');
    opened.feed.stop();
    expect(opened.lang).toBe('ko');
    const given = openProgressively(KOREAN, {}, { given: 'en', locale: 'ko' });
    if (given.ok) given.feed.stop();
    expect(given.lang).toBe('en');
  });
});
