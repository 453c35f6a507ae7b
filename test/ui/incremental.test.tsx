import { afterEach, describe, expect, it } from 'vitest';
import { openScenario } from '../../src/session/open.js';
import type { Timeline } from '../../src/timeline/timeline.js';
import { App } from '../../src/ui/App.js';
import type { Lang } from '../../src/words/lang.js';
import { KEYS, renderAt, type Rendered } from './render-at.js';

// A step redraws only the rows, lanes and bars whose words changed (memoised panels, cached
// widths and narration): whatever way a frame is reached, it must read as if drawn afresh.
const opened = openScenario('history-2018-2023');
if (!opened.ok) throw new Error('the bundled history does not open');
const history: Timeline = opened.timeline;

let apps: Rendered[] = [];
afterEach(() => {
  for (const app of apps) app.instance.unmount();
  apps = [];
});

async function open(columns: number, rows: number, lang: Lang): Promise<Rendered> {
  const app = await renderAt(
    <App timeline={history} columns={columns} rows={rows} color lang={lang} />,
    columns,
    rows,
  );
  apps.push(app);
  return app;
}

async function press(app: Rendered, key: string, times: number): Promise<string> {
  for (let i = 0; i < times; i++) await app.press(key);
  return app.lastFrame();
}

describe('a frame reached by stepping reads the same as that frame drawn on a fresh screen', () => {
  for (const [columns, rows, lang] of [
    [80, 24, 'en'],
    [120, 40, 'en'],
    [80, 24, 'ko'],
    [120, 40, 'ko'],
  ] as const) {
    it(`${columns}×${rows} ${lang}: forward past a frame and back to it, and into the next changes`, async () => {
      const fresh = await open(columns, rows, lang);
      const frames: string[] = [fresh.lastFrame()];
      for (let i = 0; i < 12; i++) frames.push(await fresh.press(KEYS.right));

      const stepped = await open(columns, rows, lang);
      await press(stepped, KEYS.right, 12);
      // Back one frame at a time: every frame on the way must match the one drawn going forward.
      for (let i = 11; i >= 0; i--) expect(await stepped.press(KEYS.left)).toBe(frames[i]);

      // Frames a jump lands on (next change of any channel) read the same from either screen.
      const jumped = await press(stepped, 'n', 3);
      const again = await open(columns, rows, lang);
      expect(await press(again, 'n', 3)).toBe(jumped);
      expect(jumped).not.toBe(frames[0]);
    });
  }
});
