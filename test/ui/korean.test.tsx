import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App.js';
import type { Lang } from '../../src/words/lang.js';
import { koreanTimeline } from '../support/korean.js';
import { KEYS, renderAt, type Rendered } from './render-at.js';

/*
 * The Korean edition of the default scenario, with Hangul names two columns wide, drawn in
 * both languages at the two sizes a classroom uses: every line fits the terminal, and every
 * box's borders fall in the same terminal column on every one of its rows.
 */

const timeline = koreanTimeline();
let app: Rendered | null = null;
afterEach(() => {
  app?.instance.unmount();
  app = null;
});

const BORDERS = new Set(['│', '╭', '╮', '╰', '╯', '├', '┤']);

/** The terminal columns (not code points) at which each border character of a line sits. */
function borderColumns(line: string): number[] {
  const columns: number[] = [];
  let column = 0;
  for (const char of line) {
    if (BORDERS.has(char)) columns.push(column);
    column += stringWidth(char);
  }
  return columns;
}

/** Problems with a screen: lines wider or narrower than the terminal, borders out of line. */
function layoutProblems(screen: string, columns: number): string[] {
  const problems: string[] = [];
  const lines = screen.split('\n');
  lines.forEach((line, i) => {
    if (stringWidth(line) > columns) problems.push(`line ${i + 1} is ${stringWidth(line)} columns wide`);
  });
  // A box starts at a top border (╭ or ├); its rows keep their side borders in the same columns.
  const boxRows = lines.filter((line) => /^[│╭╰├]/.test(line));
  for (const line of boxRows) {
    // Every row of a box is drawn the full width of the terminal, its right border in the last column.
    if (stringWidth(line) !== columns)
      problems.push(`box row is ${stringWidth(line)} columns, not ${columns}: ${line}`);
  }
  const sides = (line: string) => {
    const at = borderColumns(line);
    return [at[0], at[at.length - 1]];
  };
  for (const line of boxRows)
    if (JSON.stringify(sides(line)) !== JSON.stringify([0, columns - 1]))
      problems.push(`borders at ${JSON.stringify(borderColumns(line))}: ${line}`);
  // Side-by-side boxes (the wide layout): the inner borders line up row after row.
  const inner = (line: string) => borderColumns(line).slice(1, -1);
  const middle = boxRows.filter((line) => line.startsWith('│'));
  const shapes = new Set(middle.map((line) => JSON.stringify(inner(line))));
  if (shapes.size > 2)
    problems.push(`inner borders in ${shapes.size} different places: ${[...shapes].join(' ')}`);
  return problems;
}

const SIZES: [number, number][] = [
  [80, 24],
  [120, 40],
];
const LANGS: Lang[] = ['ko', 'en'];

describe.each(LANGS)('the Korean scenario on screen, in %s', (lang) => {
  it.each(SIZES)(
    'lines up at %i×%i, from the first step through the withdrawal to the end',
    async (columns, rows) => {
      app = await renderAt(
        <App timeline={timeline} columns={columns} rows={rows} color={false} lang={lang} />,
        columns,
        rows,
      );
      const screens = [app.lastFrame()];
      // Step to the North's withdrawal (the office closes) and on to the end of the run.
      const withdrawal = timeline.frames.findIndex((f) => f.event?.do === 'withdraw-staff');
      for (let i = 0; i < withdrawal; i++) screens.push(await app.press(KEYS.right));
      screens.push(await app.press('G'));
      screens.push(await app.press('?'));
      screens.push(await app.press(KEYS.escape));
      screens.push(await app.press('d'));
      for (const screen of screens) {
        expect(layoutProblems(screen, columns), screen).toEqual([]);
        // A missing word would show as a key path or as "undefined", never as text.
        expect(screen).not.toMatch(/undefined|\[object |\b(ui|reach|debrief|time|status)\.[a-z]/);
      }

      const closed = screens[withdrawal]!;
      if (lang === 'ko') {
        expect(closed).toContain('남북공동연락사무소');
        expect(closed).toContain('단절');
        expect(closed).toMatch(/2019년 3월 22일 \(금\) 10:00 KST/);
        expect(closed).not.toMatch(/\b(OPEN|CLOSED|DEGRADED|What happened|Channels)\b/);
      } else {
        expect(closed).toContain('CLOSED');
        expect(closed).toContain('Fri 22 Mar 2019 10:00 KST');
      }
    },
  );
});

describe('the layout of a Korean screen', () => {
  it('sizes the narration by the Korean words it shows, so it takes no line it does not need', async () => {
    // At 60×20 in presenter mode, the Saturday step's Korean story and question take six
    // lines and its source one; sized by the English wording they would take more, and the
    // panel would end in blank lines the board or the timeline needed.
    app = await renderAt(
      <App timeline={timeline} columns={60} rows={20} color={false} lang="ko" present />,
      60,
      20,
    );
    let screen = app.lastFrame();
    while (!screen.includes('16/28')) screen = await app.press(KEYS.right);
    expect(screen).toContain('질문 (a: 답)');
    // The source, whole, is the panel's last line: no blank line left over below it.
    expect(screen).toMatch(/│출처: Washington Post, 22 Mar 2019; CGTN, 22 Mar 2019 *│\n╰/);
  });
});
