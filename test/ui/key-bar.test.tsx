import { afterEach, describe, expect, it } from 'vitest';
import { simulate } from '../../src/timeline/simulate.js';
import { displayWidth } from '../../src/text/width.js';
import { App } from '../../src/ui/App.js';
import { StatusLine, statusRoom } from '../../src/ui/StatusLine.js';
import { en } from '../../src/words/en.js';
import { ko } from '../../src/words/ko.js';
import type { Lang } from '../../src/words/lang.js';
import { march2019 } from '../support/scenarios.js';
import { KEYS, renderAt, type Rendered } from './render-at.js';

const timeline = simulate(march2019());
let app: Rendered | null = null;
afterEach(() => {
  app?.instance.unmount();
  app = null;
});

const open = async (columns: number, rows: number, lang: Lang, present = false) =>
  (app = await renderAt(
    <App timeline={timeline} columns={columns} rows={rows} color={false} lang={lang} present={present} />,
    columns,
    rows,
  ));

const lines = (screen: string) => screen.split('\n');
/** The entries of a bar the words list ("key label", two spaces apart), by key. */
const entry = (bar: string, key: string) => bar.split('  ').find((e) => e.split(' ')[0] === key)!;

describe.each([
  ['en', en],
  ['ko', ko],
] as const)('the key bar and the status line in %s', (lang, words) => {
  const bar = words.ui.bar;
  /** The key bar as a screen `columns` wide shows it (the frame drops trailing spaces). */
  const keyBarAt = async (columns: number) =>
    lines((await open(columns, 20, lang)).lastFrame())
      .at(-1)!
      .trimEnd();

  it('keeps every key a presenter needs at 60×20, whole', async () => {
    const keys = lines((await open(60, 20, lang, true)).lastFrame()).at(-1)!;
    for (const key of ['space', 'a', ']', 'p', 'q']) expect(keys).toContain(entry(bar.present, key));
    // Not every key fits: the help key says it lists them all.
    expect(keys).toContain(bar.allKeys);
    expect(keys).not.toContain('…');
  });

  it('keeps help and quit at 60 columns, in history and in a what-if', async () => {
    const ui = await open(60, 20, lang);
    const keys = lines(ui.lastFrame()).at(-1)!;
    expect(keys).toContain(bar.allKeys);
    expect(keys).toContain(entry(bar.narrow, 'q'));
    expect(keys).not.toContain('…');
    await ui.press('i');
    await ui.press('2');
    const branch = lines(await ui.press(KEYS.enter)).at(-1)!;
    for (const key of ['b', 'w', 'q']) expect(branch).toContain(entry(bar.branch, key));
    expect(branch).toContain(displayWidth(bar.branch) <= 59 ? entry(bar.branch, '?') : bar.allKeys);
    expect(branch).not.toContain('…');
  });

  it('shows every key whole on a screen just wide enough for them, the last column left empty', async () => {
    // The bar is the terminal's last row: writing its bottom-right cell scrolls a Windows console.
    const columns = displayWidth(bar.narrow) + 1;
    expect(await keyBarAt(columns)).toBe(bar.narrow);
    app?.instance.unmount();
    // A column more, and the keys stand one column in.
    expect(await keyBarAt(columns + 1)).toBe(` ${bar.narrow}`);
  });

  it('lets whole keys give way, never cuts one, a column short of that', async () => {
    const columns = displayWidth(bar.narrow);
    const keys = await keyBarAt(columns);
    expect(displayWidth(keys)).toBeLessThan(columns);
    const all = bar.narrow.split('  ');
    const shown = keys.trim().split('  ');
    for (const e of shown) expect([...all, bar.allKeys]).toContain(e);
    expect(shown).toContain(bar.allKeys);
    expect(shown).toContain(entry(bar.narrow, 'q'));
    expect(shown.length).toBeLessThan(all.length);
  });

  it('drops a whole part of the status line rather than cut one at 80×24', async () => {
    const status = lines((await open(80, 24, lang)).lastFrame()).at(-2)!;
    expect(status).toContain(words.ui.paused);
    expect(status).not.toContain('…');
  });

  it('asks whole before quitting an unsaved what-if at 80 columns', async () => {
    const ui = await open(80, 24, lang);
    await ui.press('i');
    await ui.press('2');
    await ui.press(KEYS.enter);
    expect(await ui.press('q')).toContain(words.classroom.quitUnsaved);
  });
});

describe('the margins of the bars', () => {
  const COLUMNS = 40;
  const drawn = async (node: React.ReactNode) => {
    app = await renderAt(node, COLUMNS, 4);
    return lines(app.lastFrame())[0]!;
  };

  it('the status line: one column before its words, one kept free after them', async () => {
    const room = statusRoom(COLUMNS);
    const words = 'x'.repeat(room);
    const line = await drawn(<StatusLine text={words} loud={false} />);
    expect(line).toBe(` ${words}`);
    expect(displayWidth(line)).toBe(COLUMNS - 1);
  });
});
