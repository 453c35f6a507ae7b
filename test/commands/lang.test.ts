import { describe, expect, it } from 'vitest';
import { formatRunText } from '../../src/report/text.js';
import { cli as inProcess } from '../support/cli.js';
import { koreanTimeline } from '../support/korean.js';

/** The CLI in-process, seeing only the locale variables given. */
const cli = (env: Record<string, string>, ...args: string[]) => inProcess(args, { env });

describe('the run report in Korean', () => {
  const report = formatRunText(koreanTimeline(), { lang: 'ko' });

  it('says every word of its own in Korean, with Korean dates', () => {
    expect(report).toContain('2019년 3월 21일 (목) 08:00 KST부터 2019년 3월 26일 (화) 18:00 KST까지');
    expect(report).toContain('\n요약\n');
    expect(report).toContain('결과 정리: 2019년 3월 21일 08:00 – 2019년 3월 26일 18:00 KST (5일 10시간)');
    expect(report).toMatch(/개성 남북공동연락사무소 +제한 +2019년 3월 25일 08:30부터 북측/);
    expect(report).toContain('09:00 정기 점검: 남북 연락채널 응답');
    expect(report).toContain('남측 ⇄ 북측: 직접 채널 5개 중 5개로 연락 가능');
    // Counting words: events are 건, routine checks 회.
    expect(report).toContain('단계: 28개 (사건 11건, 정기 점검 16회)');
    expect(report).toContain('확인 통화: 8회 중 응답 8회, 무응답 0회');
    // Sources stay as cited, in English; nothing else of the tool's own is left in English.
    const own = report.replace(/— [^\n]*/g, '').replace(/\(march-2019-withdrawal-ko\)/, '');
    expect(own).not.toMatch(
      /\b(Summary|Debrief|Start|Routine|OPEN|CLOSED|DEGRADED|answered|reachable|frames|expectations)\b/,
    );
  });
});

describe('--lang and the locale', () => {
  it('speaks Korean for --lang ko, and for a Korean LANG or LC_ALL', async () => {
    for (const [env, args] of [
      [{}, ['--lang', 'ko']],
      [{ LANG: 'ko_KR.UTF-8' }, []],
      [{ LC_ALL: 'ko_KR.UTF-8', LANG: 'en_US.UTF-8' }, []],
    ] as const) {
      const run = await cli(env, 'run', 'march-2019-withdrawal', ...args);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('\n요약\n');
    }
  });

  it("takes --lang written before the command as that command's", async () => {
    const run = await cli({}, '--lang', 'ko', 'run', 'march-2019-withdrawal');
    expect(run).toEqual(await cli({}, 'run', 'march-2019-withdrawal', '--lang', 'ko'));
    expect(run.stdout).toContain('\n요약\n');
    const list = await cli({}, '--lang=ko', 'list');
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('march-2019-withdrawal-ko');
    const typo = await cli({}, '--lang', 'ko', 'export', 'march-2019-withdrawal', '--format', 'png');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/^liaison-sim export: /);
  });

  it("says run's --at mistakes in the command's language", async () => {
    const ko = { LANG: 'ko_KR.UTF-8' };
    const early = await cli(ko, 'run', 'march-2019-withdrawal', '--at', '2000-01-01');
    expect(early.code).toBe(2);
    expect(early.stderr).toBe(
      'liaison-sim run: --at "2000-01-01": 시나리오 시작(2019년 3월 21일 08:00) 전의 시각입니다: 2000년 1월 1일 00:00\n',
    );
    const typo = await cli(ko, 'run', 'march-2019-withdrawal', '--at', 'tomorrow');
    expect(typo.code).toBe(2);
    expect(typo.stderr.split('\n')[0]).toBe(
      'liaison-sim run: --at "tomorrow": 시각이 아닙니다; 2019-03-22, "2019-03-22 12:00" (시나리오의 UTC 오프셋 기준) 또는 2019-03-22T12:00+09:00처럼 쓰세요',
    );
    expect((await cli({}, 'run', 'march-2019-withdrawal', '--at', '2000-01-01')).stderr).toBe(
      'liaison-sim run: --at "2000-01-01": 1 Jan 2000 00:00 is before the scenario starts (21 Mar 2019 08:00).\n',
    );
  });

  it('stays English by default and when --lang en overrides a Korean locale', async () => {
    expect((await cli({}, 'run', 'march-2019-withdrawal')).stdout).toContain('\nSummary\n');
    expect(
      (await cli({ LANG: 'ko_KR.UTF-8' }, 'run', 'march-2019-withdrawal', '--lang', 'en')).stdout,
    ).toContain('\nSummary\n');
  });

  it('refuses a language it does not speak, with exit 2', async () => {
    const run = await cli({}, 'run', 'march-2019-withdrawal', '--lang', 'fr');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--lang "fr" is not a language this tool speaks; choose en or ko');
    expect((await cli({}, 'export', 'march-2019-withdrawal', '--format', 'svg', '--lang', 'xx')).code).toBe(
      2,
    );
  });

  it('exports the Korean SVG', async () => {
    const svg = await cli({}, 'export', 'march-2019-withdrawal-ko', '--format', 'svg', '--lang', 'ko');
    expect(svg.code).toBe(0);
    expect(svg.stdout).toContain('2019년 3월 21일 08:00 – 2019년 3월 26일 18:00 KST');
  });
});
