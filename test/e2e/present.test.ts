import { afterAll, describe, expect, it } from 'vitest';
import { hasTmux, tmuxServer } from '../support/tmux.js';

/** Presenter mode in a real pseudo-terminal (tmux on a private socket), driven as a teacher would. */
const CLI = 'dist/cli.js';
const { tmux, screen, waitFor, close } = tmuxServer('liaison-e2e-present-');

const oneLine = (text: string) =>
  text
    .split('\n')
    .map((l) => l.replace(/[│╭╮╰╯├┤─]/g, ' ').trim())
    .join(' ')
    .replace(/\s+/g, ' ');

/** The narration panel's words, its page line left out. */
function story(text: string): string {
  const lines = text.split('\n');
  const top = lines.findIndex((l) => l.includes('What happened'));
  const bottom = lines.findIndex((l, i) => i > top && l.startsWith('╰'));
  return oneLine(
    lines
      .slice(top + 1, bottom)
      .filter((l) => !/[▼▲] page/.test(l))
      .join('\n'),
  );
}

/** Every page of the story from the one shown, turned with ] until the last. */
async function readPages(target: string, first: string): Promise<string> {
  let text = story(first);
  let shown = first;
  for (let page = 1; /▼ page (\d+) of/.test(shown) && page < 6; page++) {
    const next = Number(/▼ page (\d+) of/.exec(shown)![1]) + 1;
    tmux('send-keys', '-t', target, ']');
    shown = await waitFor(target, new RegExp(`page ${next} of`));
    text += ` ${story(shown)}`;
  }
  return text;
}

afterAll(close);

describe.skipIf(!hasTmux)('play --present in a real terminal', () => {
  for (const [columns, rows] of [
    [80, 24],
    [60, 20],
  ] as const)
    it(`stops at the first question and waits for space at ${columns}×${rows}`, async () => {
      const t = `present-${columns}`;
      tmux(
        'new-session',
        '-d',
        '-s',
        t,
        '-x',
        String(columns),
        '-y',
        String(rows),
        'env -u CI PS1="ready$ " bash --norc --noprofile',
      );
      await waitFor(t, /ready\$/);
      tmux('send-keys', '-t', t, `node ${CLI} play --present; echo "EXIT=$?"`, 'Enter');
      await waitFor(t, / 1\/\d+/);
      // As fast as it goes, then play: it must still stop at the question.
      tmux('send-keys', '-t', t, '+', '+', '+', '+', ' ');
      const stopped = await waitFor(t, /A question for the class/);
      const step = / (\d+)\/\d+/.exec(stopped)![1];
      expect(stopped).toContain('Fri 22 Mar 2019 10:00');
      // Waiting: a second later it is still at the same step.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(screen(t)).toContain(` ${step}/`);
      // Two questions at this step: they read whole, over pages where the screen is small.
      const asked = await readPages(t, screen(t));
      expect(asked).toContain(
        'Question (a: answer): The office is closed. Can the two governments still talk to each other?',
      );
      expect(asked).toContain('Why is the office "closed"?');
      tmux('send-keys', '-t', t, 'a');
      const answered = await readPages(t, await waitFor(t, /Answer: /));
      expect(answered).toContain('Losing one channel is not losing contact.');
      expect(answered).toContain('One side alone in the building cannot talk to anyone.');
      tmux('send-keys', '-t', t, ' ');
      await waitFor(t, new RegExp(` (?!${step}/)\\d+/\\d+`));
      tmux('send-keys', '-t', t, ' ', 'q');
      await waitFor(t, /EXIT=0/);
    });
});
