import { afterEach, describe, expect, it } from 'vitest';
import { openScenario } from '../../src/session/open.js';
import { App } from '../../src/ui/App.js';
import { KEYS, renderAt, type Rendered } from './render-at.js';

// Every scripted step cites its source: the screen must show it whole (wrapped, never cut),
// on the story's last page at least, at every size a classroom terminal has.
const opened = openScenario('march-2019-withdrawal');
if (!opened.ok) throw new Error('the default scenario does not open');
const timeline = opened.timeline;

let app: Rendered | null = null;
afterEach(() => {
  app?.instance.unmount();
  app = null;
});

/** The narration box's text: its lines between the "What happened" title and the box's end, joined. */
function narrationText(screen: string): string {
  const lines = screen.split('\n');
  const from = lines.findIndex((l) => /What happened/.test(l));
  const inside: string[] = [];
  for (const line of lines.slice(from + 1)) {
    if (!line.startsWith('│')) break;
    // The page marker is the panel's, not the story's.
    if (/[▼▲] page \d+ of \d+/.test(line)) continue;
    // Stacked, the box is the screen's width; side by side, it is the right-hand box.
    inside.push(line.slice(line.lastIndexOf('│', line.length - 2) + 1, -1).trim());
  }
  return inside.join(' ');
}

describe('the source line of a step', () => {
  for (const [columns, rows, present] of [
    [80, 24, false],
    [80, 24, true],
    [100, 30, false],
    [60, 20, false],
  ] as const)
    it(`is on screen whole at ${columns}×${rows}${present ? ', presenting' : ''}, on some page of every step`, async () => {
      app = await renderAt(
        <App timeline={timeline} columns={columns} rows={rows} color={false} present={present} />,
        columns,
        rows,
      );
      let screen = app.lastFrame();
      for (const frame of timeline.frames) {
        if (frame.index > 0) screen = await app.press(KEYS.right);
        const source = frame.event?.source;
        if (!source) continue;
        const pages = [narrationText(screen)];
        // Page through the story (] wraps back to the first page).
        while (/page \d+ of \d+: \] next/.test(screen)) {
          screen = await app.press(']');
          pages.push(narrationText(screen));
        }
        if (pages.length > 1) screen = await app.press(']');
        expect(pages.join(' '), `step ${frame.index + 1}`).toContain(`Source: ${source}`);
      }
    });
});
