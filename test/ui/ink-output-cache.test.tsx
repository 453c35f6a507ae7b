import { Box, Text } from 'ink';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { renderAt, type Rendered } from './render-at.js';

// patches/ink+6.8.0.patch: Ink's output keeps, across frames, the styled characters and widths
// it worked out for each line (a step redraws the whole screen, but only a few lines change).
// Without the patch (an install that skipped `prepare`) every step costs several times more.
interface RecentMap {
  limit: number;
  current: Map<string, unknown>;
  previous: Map<string, unknown>;
}
interface Caches {
  styledChars: RecentMap & { get(line: string): unknown };
  widths: RecentMap;
  getStringWidth(text: string): number;
}
const inkBuild = dirname(createRequire(import.meta.url).resolve('ink'));
const { outputCaches, default: Output } = (await import(pathToFileURL(join(inkBuild, 'output.js')).href)) as {
  outputCaches?: Caches;
  default: { prototype: { composeRow?: (...args: unknown[]) => string } };
};

let app: Rendered | null = null;
afterEach(() => {
  app?.instance.unmount();
  app = null;
});

describe("Ink's output, as patched", () => {
  it('keeps the styled characters of a line it drew for the next frame', async () => {
    expect(outputCaches, 'patches/ink+6.8.0.patch is not applied (npm ci runs it)').toBeDefined();
    app = await renderAt(<Text>a line seen once · 가나</Text>, 40, 5);
    const kept = outputCaches!.styledChars.get('a line seen once · 가나');
    expect(kept).toBeDefined();
    app.instance.rerender(<Text>a line seen once · 가나</Text>);
    expect(outputCaches!.styledChars.get('a line seen once · 가나')).toBe(kept);
  });

  it('composes again only the rows whose writes changed', async () => {
    const rows = (second: string) => (
      <Box flexDirection="column">
        <Text color="green">a row that stays ━━</Text>
        <Text>{second}</Text>
        <Text>another row that stays</Text>
      </Box>
    );
    app = await renderAt(rows('first'), 40, 5);
    const compose = Output.prototype.composeRow!;
    let composed = 0;
    Output.prototype.composeRow = function (...args: unknown[]) {
      composed++;
      return compose.apply(this, args);
    };
    try {
      app.instance.rerender(rows('second'));
      expect(composed).toBe(1);
      expect(app.lastFrame()).toContain('a row that stays ━━\nsecond\nanother row that stays');
    } finally {
      Output.prototype.composeRow = compose;
    }
  });

  it('holds at most twice its limit, however many lines it has seen', () => {
    const widths = outputCaches!.widths;
    for (let i = 0; i < widths.limit * 2 + 10; i++) outputCaches!.getStringWidth(`line ${i} ━`);
    expect(widths.current.size + widths.previous.size).toBeLessThanOrEqual(widths.limit * 2);
    // The latest lines are still there.
    expect(widths.current.has(`line ${widths.limit * 2 + 9} ━`)).toBe(true);
  });
});
