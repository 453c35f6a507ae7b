import { describe, expect, it } from 'vitest';
import type { ChannelSpec, Scenario } from '../../src/model/scenario.js';
import { bundledScenarios } from '../../src/scenario/bundled.js';
import { formatProblem, openScenario, openScenarioText } from '../../src/session/open.js';
import { scenarioToYaml } from '../../src/scenario/write.js';
import { event, KST, kst, march2019 } from '../support/scenarios.js';

function reload(scenario: Scenario): Scenario {
  const result = openScenarioText(scenarioToYaml(scenario), 'saved.yaml');
  if (!result.ok) throw new Error(result.problems.map((p) => formatProblem(p)).join('\n'));
  return result.scenario;
}

describe('scenarioToYaml', () => {
  it('round-trips the hand-built scenario', () => {
    expect(reload(march2019())).toEqual(march2019());
  });

  it('round-trips a loaded file', () => {
    const loaded = openScenario('test/fixtures/valid/withdrawal.yaml');
    if (!loaded.ok) throw new Error('fixture does not load');
    expect(reload(loaded.scenario)).toEqual(loaded.scenario);
  });

  it.each(bundledScenarios().map((s) => s.id))('round-trips the bundled scenario %s', (id) => {
    const loaded = openScenario(id);
    if (!loaded.ok) throw new Error(`${id} does not load`);
    expect(reload(loaded.scenario)).toEqual(loaded.scenario);
  });

  it('keeps non-default states, counterfactual tags, causes, sources and context events', () => {
    const base = march2019();
    const scenario: Scenario = {
      ...base,
      summary: 'A what-if.\nTwo lines.',
      zone: KST,
      channels: base.channels.map((c): ChannelSpec => {
        if (c.kind === 'hotline')
          return { ...c, initial: { line: 'degraded', silent: ['north'], calls: false } };
        if (c.kind === 'liaison-office')
          return {
            ...c,
            between: ['north', 'south'],
            initial: { facility: 'suspended', staff: { south: 3, north: 0 } },
          };
        return c;
      }),
      events: [
        event({ at: kst('2019-03-21T12:00'), side: 'both', narrate: 'Talks.', source: 'Yonhap' }),
        event({
          at: kst('2019-03-22T10:00'),
          side: 'nature',
          channels: ['liaison', 'military'],
          do: 'break',
          cause: 'wildfire',
          tag: 'counterfactual',
          expect: [{ channel: 'liaison', status: 'closed' }],
        }),
      ],
      questions: [{ at: kst('2019-03-22T11:00'), ask: 'Who can talk?', answer: 'No one.' }],
    };
    expect(reload(scenario)).toEqual(scenario);
  });

  it('writes the format a person would write: times with offset, flow maps for staff and checks', () => {
    const text = scenarioToYaml(march2019());
    expect(text).toContain('start: 2019-03-21T08:00+09:00\n');
    expect(text).toContain('    staff: { south: 20, north: 20 }\n');
    expect(text).toContain("    checks: { at: [ '09:00', '17:00' ], days: weekdays }\n");
    expect(text).toContain('    do: withdraw-staff\n');
    expect(text).not.toContain('initial:');
  });
});
