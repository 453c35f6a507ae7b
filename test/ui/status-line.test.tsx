import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App.js';
import { koreanTimeline } from '../support/korean.js';
import { KEYS, renderAt, type Rendered } from './render-at.js';

const timeline = koreanTimeline();
let app: Rendered | null = null;
afterEach(() => {
  app?.instance.unmount();
  app = null;
});

describe('the status line', () => {
  it('cuts a Korean message to the terminal, so the screen keeps its header (80×24, what-if)', async () => {
    app = await renderAt(<App timeline={timeline} columns={80} rows={24} color={false} lang="ko" />, 80, 24);
    const withdrawal = timeline.frames.findIndex((f) => f.event?.do === 'withdraw-staff');
    for (let i = 0; i <= withdrawal; i++) await app.press(KEYS.right);
    await app.press('i');
    await app.press(KEYS.enter);
    // The what-if message ("가정: …. 실제 역사 아님. b: 실제 역사로 · w: 시나리오로 저장") is
    // wider than 80 columns: cut at a Hangul syllable it must still end inside the line.
    const screen = await app.press(KEYS.enter);
    const lines = screen.split('\n');
    const status = lines.find((line) => line.startsWith(' 가정:'));
    expect(status, screen).toBeDefined();
    expect(stringWidth(status!)).toBeLessThanOrEqual(80);
    expect(status).toMatch(/…$/);
    for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(80);
    expect(lines.length).toBeLessThanOrEqual(24);
  });
});
