import stringWidth from 'string-width';
import { afterAll, describe, expect, it } from 'vitest';
import { hasTmux, tmuxServer } from '../support/tmux.js';

/**
 * The built CLI in a real terminal with a Korean locale: LANG=ko_KR.UTF-8 alone makes the
 * whole screen Korean, and the Korean scenario's two-column names keep every box closed.
 */
const CLI = 'dist/cli.js';
const { tmux, waitFor, close } = tmuxServer('liaison-e2e-ko-');
afterAll(close);

/** Rows of a box whose right border is not in the last column (capture-pane trims nothing inside). */
const misaligned = (text: string, columns: number) =>
  text
    .split('\n')
    .filter((line) => /^[│╭╰├]/.test(line))
    .filter((line) => stringWidth(line) !== columns || !/[│╮╯┤]$/.test(line));

describe.skipIf(!hasTmux)('play with a Korean locale in a real terminal', () => {
  it('speaks Korean from LANG alone, steps to the withdrawal, helps, and quits', async () => {
    tmux(
      'new-session',
      '-d',
      '-s',
      'ko',
      '-x',
      '100',
      '-y',
      '30',
      'env -u CI PS1="ready$ " bash --norc --noprofile',
    );
    await waitFor('ko', /ready\$/);
    tmux(
      'send-keys',
      '-t',
      'ko',
      `env -u LC_ALL -u LC_MESSAGES LANG=ko_KR.UTF-8 node ${CLI} play march-2019-withdrawal-ko; echo "EXIT=$?"`,
      'Enter',
    );
    const first = await waitFor('ko', / 1\/\d+/);
    expect(first).toContain('2019년 3월 21일 (목) 08:00 KST');
    expect(first).toMatch(/● 개성 남북공동연락사무소\s+가동/);
    expect(first).toContain('남측 ⇄ 북측: 직접 채널 5개 중 5개로 연락 가능');
    expect(first).toContain('? 도움말');
    expect(misaligned(first, 100)).toEqual([]);

    tmux('send-keys', '-t', 'ko', '/2019-03-22 10:00', 'Enter');
    const closed = await waitFor('ko', /2019년 3월 22일 \(금\) 10:00 KST/);
    expect(closed).toMatch(/✖ 개성 남북공동연락사무소\s+단절/);
    expect(closed).toContain('실제 역사 · 북측 행동');
    expect(misaligned(closed, 100)).toEqual([]);

    tmux('send-keys', '-t', 'ko', '?');
    const help = await waitFor('ko', /╭─ 도움말/);
    expect(help).toContain('날짜로 이동');
    expect(misaligned(help, 100)).toEqual([]);
    tmux('send-keys', '-t', 'ko', 'Escape');
    await waitFor('ko', /↑?←→ 단계/);
    tmux('send-keys', '-t', 'ko', 'q');
    expect(await waitFor('ko', /EXIT=0/)).not.toContain('Error');
  });
});
