import { parseScenarioText } from '../../src/scenario/load.js';
import type { Scenario } from '../../src/model/scenario.js';

/**
 * A fortnight of weekday talks at 10:00 (Mon 4 – Fri 15 June 2018, KST): sessions held Mon–Wed,
 * North boycotts Thu 7 and attends again Mon 11, South cancels the session of Tue 12 at its
 * own time, the rest held. Held: 4, 5, 6, 11, 13, 14, 15 June; boycotted 7, 8; cancelled 12.
 */
export const TALKS_FORTNIGHT = `id: talks-fortnight
title: A fortnight of talks
start: 2018-06-04T08:00+09:00
end: 2018-06-15T18:00+09:00
zone: KST
parties:
  south: { name: South Korea, short: South }
  north: { name: North Korea, short: North }
channels:
  talks:
    kind: talks
    name: Military talks
    checks: { at: ['10:00'], days: weekdays }
events:
  - at: 2018-06-07T09:00+09:00
    side: north
    channel: talks
    do: boycott
  - at: 2018-06-11T09:00+09:00
    side: north
    channel: talks
    do: attend
  - at: 2018-06-12T10:00+09:00
    side: south
    channel: talks
    do: cancel-session
`;

export function talksFortnight(): Scenario {
  const result = parseScenarioText(TALKS_FORTNIGHT, 'talks-fortnight.yaml');
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.scenario;
}
