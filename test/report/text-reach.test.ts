import { describe, expect, it } from 'vitest';
import { formatRunText } from '../../src/report/text.js';
import { runOutcome } from '../../src/report/outcome.js';
import { parseScenarioText } from '../../src/scenario/load.js';
import { simulate } from '../../src/timeline/simulate.js';
import { TALKS_FORTNIGHT } from '../support/talks.js';

describe('a failed reachability expectation in the text report', () => {
  // Wrong on purpose: with the only channel boycotted the sides cannot reach each other.
  const text = TALKS_FORTNIGHT.replace(
    '    do: boycott\n',
    '    do: boycott\n    reach: { reachable: true }\n',
  );
  const loaded = parseScenarioText(text, 'reach.yaml');
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
  const timeline = simulate(loaded.scenario);

  it('gets a line of its own under its step, besides counting in the total', () => {
    expect(runOutcome(timeline).failed).toBe(1);
    const lines = formatRunText(timeline).split('\n');
    const at = lines.findIndex((l) => l.startsWith('2018-06-07 09:00'));
    expect(lines[at + 1]).toBe('    !!! EXPECTATION FAILED: reachable should be true but is false');
    expect(formatRunText(timeline, { lang: 'ko' })).toContain(
      '!!! 기대와 다름: 연락 가능 여부 기대 가능, 실제 불가',
    );
  });
});
