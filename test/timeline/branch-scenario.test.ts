import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO_ID } from '../../src/scenario/bundled.js';
import { scenarioToYaml } from '../../src/scenario/write.js';
import { openScenario, openScenarioText } from '../../src/session/open.js';
import { branchScenario } from '../../src/timeline/branchScenario.js';
import { branchAt, type WhatIf } from '../../src/timeline/whatIf.js';
import { formatRunText } from '../../src/report/text.js';

const loaded = openScenario(DEFAULT_SCENARIO_ID);
if (!loaded.ok) throw new Error('the default scenario does not load');
const history = loaded.timeline;
// Friday 22 March 10:00, as the North's staff leave: the what-if comes right after.
const from = history.frames.findIndex((f) => f.event?.do === 'withdraw-staff');
const save = (whatIf: WhatIf) => branchScenario(branchAt(history, from, whatIf), 1);
const asks = (whatIf: WhatIf) => save(whatIf).questions.map((q) => q.ask);

const SATURDAY = 'It is Saturday. Is the office closed because of the weekend?';
const DEGRADED = 'Some North officials are back and a meeting was held. Why only "degraded"?';
const OPEN_THROUGHOUT = 'Which channels stayed open through the whole episode, and why does that matter?';

describe('a saved what-if keeps what still holds in the branch, and only that', () => {
  const demolished: WhatIf = { channel: 'office', do: 'demolish', side: 'north' };
  const unanswered: WhatIf = { channel: 'liaison', do: 'stop-answering', side: 'north' };

  it('leaves out a question about a channel that stands the same but for another reason', () => {
    // Closed either way, but demolished, not left by its staff: "closed because the staff left" is false.
    expect(asks(demolished)).not.toContain(SATURDAY);
    expect(asks(demolished)).not.toContain(DEGRADED);
  });

  it('keeps a question whose channels the what-if leaves alone, though others changed', () => {
    // The North stops answering the liaison line: the office questions still hold, the
    // "stayed open through the whole episode" one does not.
    expect(asks(unanswered)).toEqual(expect.arrayContaining([SATURDAY, DEGRADED]));
    expect(asks(unanswered)).not.toContain(OPEN_THROUGHOUT);
    expect(save(unanswered).summary).toContain('One question of the original after that moment is left out');
  });

  it('tells a later act the branch contradicts in the simulator own words, and leaves out notes it contradicts', () => {
    const scenario = save(demolished);
    const yaml = scenarioToYaml(scenario);
    expect(yaml).not.toContain('as if nothing had happened');
    expect(yaml).not.toContain('The board still shows it degraded');
    expect(yaml).not.toContain('with the North');
    const consult = scenario.events.find((e) => e.do === 'consult' && e.at > history.frames[from]!.at);
    expect(consult?.narrate).toBe('');
    expect(scenario.summary).toContain(
      '4 narrations of the original after that moment no longer fit this branch',
    );
    // Where the board is as history had it, the author's words stay.
    expect(yaml).toContain("President Moon's National Security Council meets");
    const reloaded = openScenarioText(yaml, 'what-if.yaml');
    if (!reloaded.ok) throw new Error('the saved what-if does not load');
    expect(formatRunText(reloaded.timeline)).toContain(
      'Both sides ask for a consultation at the Joint Liaison Office',
    );
  });

  it('keeps the narrations of channels the what-if leaves as they were', () => {
    const yaml = scenarioToYaml(save(unanswered));
    expect(yaml).toContain('as if nothing had happened');
    expect(yaml).toContain('The board still shows it degraded');
    // "Seoul still has its liaison line": not one that answers.
    expect(yaml).not.toContain("President Moon's National Security Council meets");
  });
});
