import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/channels/registry.js';
import { SRC, sourceFiles as files } from '../support/sources.js';

describe('a channel kind is asked, never branched on', () => {
  it('no file outside src/channels compares anything with a kind name', () => {
    // Any `=== 'hotline'` (or `!==`, either side) outside the kinds' folders would be a rule of
    // that kind living elsewhere, which a new kind would silently miss.
    const names = Object.keys(KINDS)
      .map((k) => k.replace(/[-]/g, '\\-'))
      .join('|');
    const branch = new RegExp(
      `[!=]==\\s*['"](${names})['"]|['"](${names})['"]\\s*[!=]==|case\\s+['"](${names})['"]`,
    );
    const offenders = files(SRC)
      .filter((path) => !relative(SRC, path).startsWith('channels'))
      .flatMap((path) =>
        readFileSync(path, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, at: `${relative(SRC, path)}:${i + 1}` }))
          .filter(({ line }) => branch.test(line))
          .map(({ at, line }) => `${at}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });
});
