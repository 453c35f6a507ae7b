import { afterEach, describe, expect, it } from 'vitest';
import { openScenario } from '../../src/session/open.js';
import type { Timeline } from '../../src/timeline/timeline.js';
import { App } from '../../src/ui/App.js';
import { NO_KEY, type KeyInfo } from '../../src/ui/keys.js';
import { Screen } from '../../src/ui/Screen.js';
import { initialState, reduce, type UiState } from '../../src/ui/state.js';
import { ColorContext } from '../../src/ui/theme.js';
import { LangContext } from '../../src/ui/use-words.js';
import type { Lang } from '../../src/words/lang.js';
import { KEYS, renderAt, type Rendered } from './render-at.js';

// A step redraws only what changed (memoised panels, cached widths and narration, Ink's
// output keeping unchanged rows): whatever way a frame is reached, each of its lines must
// read as that frame's state drawn on a fresh screen.
const opened = openScenario('history-2018-2023');
if (!opened.ok) throw new Error('the bundled history does not open');
const history: Timeline = opened.timeline;

let apps: Rendered[] = [];
afterEach(() => {
  for (const app of apps) app.instance.unmount();
  apps = [];
});

/** A key as typed into the terminal, and as the reducer reads it. */
interface Key {
  typed: string;
  input: string;
  key: KeyInfo;
}
const RIGHT: Key = { typed: KEYS.right, input: '', key: { ...NO_KEY, rightArrow: true } };
const LEFT: Key = { typed: KEYS.left, input: '', key: { ...NO_KEY, leftArrow: true } };
const NEXT_CHANGE: Key = { typed: 'n', input: 'n', key: NO_KEY };

/** The lines of `state` drawn once on a screen of its own, in colour like the stepped one. */
async function freshLines(state: UiState, columns: number, rows: number): Promise<string[]> {
  const app = await renderAt(
    <LangContext.Provider value={state.lang}>
      <ColorContext.Provider value={true}>
        <Screen state={state} columns={columns} rows={rows} />
      </ColorContext.Provider>
    </LangContext.Provider>,
    columns,
    rows,
  );
  const lines = app.stdout.frames.at(-1)!.split('\n');
  app.instance.unmount();
  return lines;
}

describe("each frame reached by stepping reads line for line as that frame's state drawn afresh", () => {
  for (const [columns, rows, lang] of [
    [80, 24, 'en'],
    [120, 40, 'en'],
    [80, 24, 'ko'],
    [120, 40, 'ko'],
  ] as const) {
    it(`${columns}×${rows} ${lang}: forward, back to the start, and into the next changes`, async () => {
      const app = await renderAt(
        <App timeline={history} columns={columns} rows={rows} color lang={lang as Lang} />,
        columns,
        rows,
      );
      apps.push(app);
      let state = initialState(history, { lang });
      const keys = [
        ...Array<Key>(8).fill(RIGHT),
        ...Array<Key>(8).fill(LEFT),
        ...Array<Key>(3).fill(NEXT_CHANGE),
      ];
      const visited: number[] = [];
      for (const key of keys) {
        await app.press(key.typed);
        state = reduce(state, { type: 'key', input: key.input, key: key.key });
        visited.push(state.index);
        const stepped = app.stdout.frames.at(-1)!.split('\n');
        expect(stepped, `frame ${state.index + 1} after ${JSON.stringify(key.typed)}`).toEqual(
          await freshLines(state, columns, rows),
        );
      }
      // The walk went where it was meant to: eight steps on, back to the start, then three changes on.
      expect(visited.slice(0, 16)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
      expect(visited[18]).toBeGreaterThan(visited[17]!);
      expect(visited[17]).toBeGreaterThan(visited[16]!);
    });
  }
});
