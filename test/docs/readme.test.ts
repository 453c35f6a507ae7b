import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledScenarios, packageRoot } from '../../src/scenario/bundled.js';

describe('README', () => {
  it('lists every bundled scenario in its table, and none that is not bundled', () => {
    const readme = readFileSync(join(packageRoot(), 'README.md'), 'utf8');
    const table = readme.split('### Bundled scenarios')[1]!.split('\n## ')[0]!;
    const listed = [...table.matchAll(/^\| `([a-z0-9-]+)`/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(bundledScenarios().map((s) => s.id).sort());
  });
});
