import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openScenario } from '../../src/session/open.js';
import { scenarioJsonSchemaText } from '../../src/scenario/schema.js';
import { scenarioToYaml } from '../../src/scenario/write.js';
import { cli as inProcess } from '../support/cli.js';

/** The CLI in-process with an English locale, or none. */
const cli = (...args: string[]) => inProcess(args, { env: { LANG: 'en_US.UTF-8' } });

const KOREAN = 'march-2019-withdrawal-ko';
const HANGUL = /[\uac00-\ud7a3]/;

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
});
