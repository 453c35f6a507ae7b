import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bundledScenarioFile,
  bundledScenarios,
  DEFAULT_SCENARIO_ID,
  packageRoot,
} from '../../src/scenario/bundled.js';

describe('bundled scenarios', () => {
  it('finds the package root from the source tree', () => {
    const root = packageRoot();
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).name).toBe('liaison-sim');
  });

  it('lists scenarios/*.yaml with the default first, then by id', () => {
    const list = bundledScenarios();
    const ids = list.map((s) => s.id);
    expect(ids[0]).toBe(DEFAULT_SCENARIO_ID);
    expect(ids.slice(1)).toEqual([...ids.slice(1)].sort());
    for (const s of list) {
      expect(existsSync(s.file)).toBe(true);
      expect(s.title.length).toBeGreaterThan(0);
    }
  });

  it('finds one bundled file by id, and nothing outside the folder', () => {
    for (const { id, file } of bundledScenarios()) expect(bundledScenarioFile(id)).toBe(file);
    expect(bundledScenarioFile('no-such-scenario')).toBeNull();
    expect(bundledScenarioFile('../package')).toBeNull();
    expect(bundledScenarioFile('scenario.schema')).toBeNull();
  });
});
