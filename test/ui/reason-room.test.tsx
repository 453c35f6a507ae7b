import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO_ID } from '../../src/scenario/bundled.js';
import { openScenario } from '../../src/session/open.js';
import { App } from '../../src/ui/App.js';
import { KEYS, renderAt, type Rendered } from './render-at.js';

const loaded = openScenario(DEFAULT_SCENARIO_ID);
if (!loaded.ok) throw new Error('the default scenario does not load');
const { timeline } = loaded;
let app: Rendered | null = null;
afterEach(() => {
  app?.instance.unmount();
  app = null;
});

describe('a reason is never cut while the row has room for it', () => {
  it('at 80×24, one-line rows give up the last check before they cut the reason', async () => {
    const ui = (app = await renderAt(
      <App timeline={timeline} columns={80} rows={24} color={false} />,
      80,
      24,
    ));
    let screen = ui.lastFrame();
    for (let step = 1; step < 10; step++) screen = await ui.press(KEYS.right);
    const board = screen.split('\n').filter((l) => /^│\d /.test(l));
    const lines = board.filter((l) => l.includes('OPEN'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const reason = line.slice(line.indexOf('OPEN') + 4);
      expect(reason).toContain('line working, both sides answering');
      expect(reason).not.toContain('…');
    }
  });
});
