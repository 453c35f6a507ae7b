import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load.js';
import { bundledScenarios } from '../../src/scenario/bundled.js';
import { judge, simulate } from '../../src/timeline/simulate.js';
import type { Scenario } from '../../src/model/scenario.js';
import { randomWeek } from '../support/randomWeek.js';

/** What validate reads of a run: the refusals (every language), how many frames, when the last stands. */
const verdictOf = (scenario: Scenario) => {
  const timeline = simulate(scenario);
  return { refusals: timeline.refusals, frames: timeline.frames.length, lastAt: timeline.frames.at(-1)!.at };
};

describe('judge', () => {
  it('comes to what the full timeline says, refused events included', () => {
    fc.assert(
      fc.property(randomWeek(40), (scenario) => {
        const verdict = judge(scenario);
        expect(verdict).toEqual(verdictOf(scenario));
      }),
      { numRuns: 60 },
    );
  });

  it('comes to what the full timeline says on every bundled scenario', () => {
    for (const { id } of bundledScenarios()) {
      const loaded = loadScenario(id);
      if (!loaded.ok) throw new Error(`${id} does not load`);
      expect(judge(loaded.scenario)).toEqual(verdictOf(loaded.scenario));
    }
  });
});
