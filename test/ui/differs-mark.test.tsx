import { afterEach, describe, expect, it } from 'vitest';
import { openScenario } from '../../src/session/open.js';
import { App } from '../../src/ui/App.js';
import { renderAt, type Rendered } from './render-at.js';

const loaded = openScenario('march-2019-withdrawal');
if (!loaded.ok) throw new Error('march-2019-withdrawal does not load');
const { timeline } = loaded;
let app: Rendered | null = null;
afterEach(() => {
  app?.instance.unmount();
  app = null;
});

/** The what-if of the QA report: at the office's withdrawal, North stops answering the liaison line. */
async function liaisonLineCut(columns: number, rows: number): Promise<string> {
  const ui = (app = await renderAt(
    <App timeline={timeline} columns={columns} rows={rows} color={false} />,
    columns,
    rows,
  ));
  for (const key of ['s', 'n', 'i', '2']) await ui.press(key);
  await ui.press('8');
  return ui.press('l');
}

describe('a what-if row that differs from history says so at every size', () => {
  for (const [columns, rows] of [
    [60, 20],
    [80, 24],
    [100, 30],
  ] as const) {
    it(`at ${columns}×${rows}, the liaison line's row carries ≠, and the legend says what it means`, async () => {
      const screen = await liaisonLineCut(columns, rows);
      const lines = screen.split('\n');
      const row = lines.findIndex((l) => /^│2 ✖ Liaison line +CLOSED/.test(l));
      expect(row).toBeGreaterThan(0);
      // The mark sits on the row's own line, or on its detail line below.
      const below = lines[row + 1]!;
      const own = /^│\d /.test(below) ? [lines[row]!] : [lines[row]!, below];
      expect(own.join('\n')).toContain('≠');
      const others = lines.filter((l) => /^│[13-9] /.test(l)).join('\n');
      expect(others).not.toContain('≠');
      if (columns >= 100) expect(own.join('\n')).toContain('≠ history: was OPEN');
      if (rows >= 24) expect(lines.filter((l) => !l.startsWith('│')).join('\n')).toMatch(/ {2}≠ history$/m);
    });
  }
});
