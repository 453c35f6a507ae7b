import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledScenarios } from '../../src/scenario/bundled.js';
import { loadScenario, parseScenarioText } from '../../src/scenario/load.js';
import { readYaml } from '../../src/scenario/readYaml.js';

// The full path is the one that builds the YAML tree: counting its calls tells the paths apart.
vi.mock('../../src/scenario/readYaml.js', async (original) => {
  const real = await original<typeof import('../../src/scenario/readYaml.js')>();
  return { ...real, readYaml: vi.fn(real.readYaml) };
});
const treesBuilt = () => vi.mocked(readYaml).mock.calls.length;
afterEach(() => vi.mocked(readYaml).mockClear());

const PLAIN = `id: plain
title: Plain
start: 2019-03-21T08:00+09:00
end: 2019-03-22T18:00+09:00
parties:
  south: { name: South Korea, short: South }
  north: { name: North Korea, short: North }
channels:
  line: { kind: hotline, name: Liaison line }
events:
  - at: 2019-03-21T10:00+09:00
    side: north
    channel: line
    do: stop-answering
`;

describe('the fast load path is the one taken', () => {
  it('for every bundled scenario: no YAML tree is built', () => {
    for (const { id } of bundledScenarios()) {
      const loaded = loadScenario(id);
      expect(loaded.ok, id).toBe(true);
      expect(treesBuilt(), id).toBe(0);
    }
  });

  it('for a plain file, and not for one whose event time is no real date', () => {
    expect(parseScenarioText(PLAIN, 'plain.yaml').ok).toBe(true);
    expect(treesBuilt()).toBe(0);
    const impossible = PLAIN.replace('2019-03-21T10:00', '2019-02-30T10:00');
    const refused = parseScenarioText(impossible, 'impossible.yaml');
    expect(refused.ok).toBe(false);
    // A problem sends it the full way, where its message is placed at its line.
    expect(treesBuilt()).toBe(1);
  });
});
