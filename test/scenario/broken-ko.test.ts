import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { formatProblems, openScenario, openScenarioText } from '../../src/session/open.js';

const DIR = 'test/fixtures/broken';

function problemsIn(name: string, lang: 'en' | 'ko' = 'ko'): string {
  const opened = openScenario(`${DIR}/${name}`, lang);
  if (opened.ok) throw new Error(`${name} loaded`);
  return formatProblems(opened.problems, lang);
}

describe('problems in Korean', () => {
  it('keep the file:line:col frame and the quoted names, and say the rest in Korean', () => {
    expect(problemsIn('typo-and-unknown-channel.yaml')).toBe(
      `${DIR}/typo-and-unknown-channel.yaml:12:14: 채널 "ofice"이(가) 없습니다\n` +
        '  도움말: 혹시 "office"을(를) 뜻했습니까?\n' +
        `${DIR}/typo-and-unknown-channel.yaml:14:5: 사건 1에 알 수 없는 키 "narate"이(가) 있습니다\n` +
        '  도움말: 혹시 "narrate"을(를) 뜻했습니까?\n',
    );
  });

  it('date the checks in Korean', () => {
    expect(problemsIn('times-out-of-order.yaml')).toContain(
      '사건 2(2019년 3월 21일 15:00)이 앞 사건(2019년 3월 22일 10:00)보다 이릅니다',
    );
    expect(problemsIn('event-before-start.yaml')).toContain('시나리오 시작(2019년 3월 21일 09:00) 전입니다');
  });

  it('cover the YAML reader, the schema, the times and the names', () => {
    expect(problemsIn('yaml-two-documents.yaml')).toContain('두 번째 YAML 문서가 시작됩니다');
    expect(problemsIn('yaml-tab-indent.yaml')).toBe(
      `${DIR}/yaml-tab-indent.yaml:19:1: 이 줄은 탭으로 들여써져 있습니다: YAML은 공백으로만 들여씁니다\n` +
        '  도움말: 탭을 공백으로 바꾸세요 (대부분의 편집기는 Tab 키로 공백을 넣도록 설정할 수 있습니다)\n',
    );
    expect(problemsIn('missing-required-keys.yaml')).toContain('당사자 "north"에 "name"이(가) 없습니다');
    expect(problemsIn('bad-channel-kind.yaml')).toContain(
      '쓸 수 있는 값은 hotline, liaison-office, talks, relay 중 하나입니다',
    );
    expect(problemsIn('missing-offset.yaml')).toContain('시각 "2019-03-22T10:00"에 UTC 오프셋이 없습니다');
    expect(problemsIn('staff-keys-do-not-match.yaml')).toContain('"nort"의 인원 수가 주어졌습니다');
    expect(problemsIn('no-such-file.yaml')).toContain('이 경로에 파일이 없습니다');
    const huge = openScenarioText(`id: big\n# ${'x'.repeat(17 * 1024 * 1024)}\n`, 'big.yaml', 'ko');
    expect(huge.ok || formatProblems(huge.problems, 'ko')).toMatch(
      /^big\.yaml:1:1: 파일이 [\d,]+바이트입니다/,
    );
  });

  it('leave no English sentence of the tool in a Korean message', () => {
    for (const name of [
      'several-problems-at-once.yaml',
      'shape-and-name-problems.yaml',
      'period-too-long.yaml',
    ])
      expect(problemsIn(name)).not.toMatch(/\b(is|are|the|of|not|did you mean|hint)\b/);
  });

  it('say a refused history event in Korean too', () => {
    expect(problemsIn('break-a-broken-line.yaml')).toBe(
      `${DIR}/break-a-broken-line.yaml:24:9: 2019년 3월 23일 10:00에 Liaison line: break 불가 — 회선이 이미 단절 상태\n`,
    );
  });

  it('stay English by default, byte for byte', () => {
    expect(problemsIn('typo-and-unknown-channel.yaml', 'en')).toContain('there is no channel "ofice"');
  });
});

describe('validate and the language', () => {
  it('speaks Korean for a Korean locale or --lang ko, English for --lang en', async () => {
    const file = `${DIR}/unknown-side.yaml`;
    for (const [env, args] of [
      [{ LANG: 'ko_KR.UTF-8' }, []],
      [{}, ['--lang', 'ko']],
    ] as const) {
      const run = await cli(['validate', ...args, file], { env });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`${file}:16:11: "nrth"는 선언된 당사자가 아닙니다`);
      expect(run.stderr).toContain('  도움말: 혹시 "north"을(를) 뜻했습니까?');
    }
    const english = await cli(['validate', '--lang', 'en', file], { env: { LANG: 'ko_KR.UTF-8' } });
    expect(english.stderr).toContain(`${file}:16:11: "nrth" is not a declared party`);
    expect((await cli(['validate', '--lang', 'ko', 'march-2019-withdrawal'])).stdout).toMatch(
      /^march-2019-withdrawal: 문제 없음 \(사건 \d+개, 채널 \d+개\)\n$/,
    );
    expect((await cli(['validate', '--help'])).stdout).toContain('--lang <en|ko>');
    expect((await cli(['validate', '--lang', 'fr', file])).code).toBe(2);
  });

  it('run and export report a broken file in the screen language', async () => {
    const file = `${DIR}/unknown-channel.yaml`;
    const run = await cli(['run', file], { env: { LANG: 'ko_KR.UTF-8' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('채널 "ofice"이(가) 없습니다');
    const exported = await cli(['export', file, '--format', 'md', '--lang', 'ko']);
    expect(exported.code).toBe(2);
    expect(exported.stderr).toContain('채널 "ofice"이(가) 없습니다');
  });
});

describe("the yaml library's syntax errors", () => {
  const HEAD =
    'id: x\ntitle: T\nstart: 2019-03-21T09:00+09:00\nparties:\n  south: {name: South}\n  north: {name: North}\n';
  const MISTAKES: Record<string, string> = {
    'a missing colon': `${HEAD}events: []\nchannels\n`,
    'a key running over lines': `${HEAD}events\n  - at: 2019\n`,
    'an unclosed double quote': `${HEAD}title2: "unclosed\nevents: []\n`,
    'an unclosed single quote': `${HEAD}title2: 'unclosed\nevents: []\n`,
    'list items out of line': `${HEAD}events:\n  - at: x\n   - at: y\n`,
    'keys out of line': `${HEAD}channels:\n  a: {kind: hotline}\n    b: 1\nevents: []\n`,
    'an unclosed list': `${HEAD}channels: [a, b\nevents: []\n`,
    'a reserved first character': `${HEAD}note: @home\nevents: []\n`,
    'a bad escape': `${HEAD}note: "a\\qb"\nevents: []\n`,
  };
  const said = (text: string, lang: 'en' | 'ko') => {
    const opened = openScenarioText(text, 'lesson.yaml', lang);
    if (opened.ok) throw new Error('loaded');
    return opened.problems;
  };

  it.each(Object.entries(MISTAKES))(
    '%s: in Korean at the same file:line:col, English as the library says it',
    (_, text) => {
      const english = said(text, 'en');
      const korean = said(text, 'ko');
      expect(korean.map((p) => [p.line, p.col])).toEqual(english.map((p) => [p.line, p.col]));
      const yaml = english.findIndex((p) => p.message.startsWith('YAML: '));
      expect(yaml, english.map((p) => p.message).join('\n')).toBeGreaterThanOrEqual(0);
      expect(korean[yaml]!.message).toMatch(/^YAML: .*[\uac00-\ud7a3]/);
      // No English sentence of the library is left on a Korean screen.
      expect(korean[yaml]!.message).not.toMatch(/[a-z]{3,} [a-z]{2,} [a-z]{2,}/i);
    },
  );
});
