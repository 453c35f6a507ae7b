import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../src/model/scenario.js';

/** Every source file under src/. */
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : [join(dir, entry.name)],
  );

describe('the list of statuses', () => {
  it('is written once, in src/model, and every face uses that list', () => {
    expect(STATUSES).toEqual(['open', 'degraded', 'closed']);
    const written = sources('src').filter((file) =>
      /['"]open['"],\s*['"]degraded['"],\s*['"]closed['"]/.test(readFileSync(file, 'utf8')),
    );
    expect(written).toEqual([join('src', 'model', 'scenario.ts')]);
  });
});
