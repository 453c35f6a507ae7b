import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statusOf } from '../../src/model/scenario.js';
import { SRC, sourceFiles as files } from '../support/sources.js';

describe("a channel's status in a frame", () => {
  it('is its view’s, and closed when the frame has no view of it', () => {
    expect(statusOf({ status: 'degraded' })).toBe('degraded');
    expect(statusOf({ status: 'open' })).toBe('open');
    expect(statusOf(undefined)).toBe('closed');
  });

  it('is read through statusOf everywhere: the rule for a missing view is written once', () => {
    const offenders = files(SRC)
      .filter((path) => relative(SRC, path) !== join('model', 'scenario.ts'))
      .flatMap((path) =>
        readFileSync(path, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, at: `${relative(SRC, path)}:${i + 1}` }))
          .filter(({ line }) => /\.status\s*\?\?\s*['"]closed['"]/.test(line))
          .map(({ at, line }) => `${at}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });
});
