import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO_ID } from '../../src/scenario/bundled.js';
import { scenarioToYaml } from '../../src/scenario/write.js';
import { openScenario, openScenarioText } from '../../src/session/open.js';
import { branchScenario } from '../../src/timeline/branchScenario.js';
import { branchAt } from '../../src/timeline/whatIf.js';
import { saveBranch } from '../../src/ui/save-branch.js';
import { en } from '../../src/words/en.js';

const dir = mkdtempSync(join(tmpdir(), 'liaison-what-if-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const loaded = openScenario(DEFAULT_SCENARIO_ID);
if (!loaded.ok) throw new Error('the default scenario does not load');
const history = loaded.timeline;
// Before the North leaves: what if the North had withdrawn a day earlier?
const at = history.frames.findIndex((f) => f.kind === 'checks');
const branch = branchAt(history, at, { channel: 'office', do: 'withdraw-staff', side: 'north' });
const statuses = (frame: (typeof history.frames)[number]) =>
  Object.fromEntries(Object.entries(frame.channels).map(([id, view]) => [id, view.status]));

describe('saving a what-if as a scenario', () => {
  it('keeps history up to the branch point, the what-if tagged counterfactual, and drops refused events', () => {
    const scenario = branchScenario(branch, 1);
    expect(scenario.id).toBe(`${DEFAULT_SCENARIO_ID}-what-if-1`);
    const whatIf = scenario.events.find((e) => e.tag === 'counterfactual' && e.do === 'withdraw-staff');
    expect(whatIf?.at).toBe(history.frames[at]!.at);
    const refused = branch.frames.filter((f) => f.refused.length > 0).map((f) => f.event);
    expect(refused.length).toBeGreaterThan(0);
    for (const event of refused) expect(scenario.events).not.toContain(event);
  });

  it('writes a file that loads and runs to the same end as the branch, never over another', async () => {
    const first = await saveBranch(branch, dir);
    const second = await saveBranch(branch, dir);
    expect(first).toBe(`./${DEFAULT_SCENARIO_ID}-what-if-1.yaml`);
    expect(second).toBe(`./${DEFAULT_SCENARIO_ID}-what-if-2.yaml`);
    const path = join(dir, `${DEFAULT_SCENARIO_ID}-what-if-1.yaml`);
    expect(readFileSync(path, 'utf8')).toContain('counterfactual');
    const reloaded = openScenario(path);
    if (!reloaded.ok) throw new Error(reloaded.problems.map((p) => p.message).join('\n'));
    expect(reloaded.timeline.refusals).toEqual([]);
    expect(reloaded.timeline.frames.flatMap((f) => f.expectations).every((e) => e.ok)).toBe(true);
    expect(statuses(reloaded.timeline.frames.at(-1)!)).toEqual(statuses(branch.frames.at(-1)!));
  });

  it('words the saved file in the language the screen speaks', async () => {
    const korean = mkdtempSync(join(dir, 'ko-'));
    const path = await saveBranch(branch, korean, 'ko');
    const text = readFileSync(join(korean, path), 'utf8');
    expect(text).toContain('(가정 #1)');
    expect(text).not.toContain('What if');
  });
});

describe('a saved what-if is honest about what is history', () => {
  const small = openScenario('test/fixtures/valid/withdrawal.yaml');
  if (!small.ok) throw new Error('the withdrawal fixture does not load');
  const past = small.timeline;
  // The first routine check, Thursday 09:00: before the question (Friday 12:00).
  const from = past.frames.findIndex((f) => f.kind === 'checks');
  const save = (whatIf: Parameters<typeof branchAt>[2]) => branchScenario(branchAt(past, from, whatIf), 1);

  it('tags every event of the branch counterfactual, and history before it as it was', () => {
    const scenario = branchScenario(branch, 1);
    const fromAt = history.frames[at]!.at;
    const after = scenario.events.filter((e) => e.at > fromAt);
    expect(after.length).toBeGreaterThan(0);
    for (const event of after) expect(event.tag).toBe('counterfactual');
    for (const event of scenario.events.filter((e) => e.at < fromAt)) expect(event.tag).toBe('historical');
    const yaml = scenarioToYaml(scenario);
    expect(yaml).toMatch(/^tag: counterfactual$/m);
    expect(yaml).not.toMatch(/^tag: historical$/m);
  });

  it('says once in its summary that the run is simulated from the branch point', () => {
    const scenario = save({ channel: 'liaison', do: 'stop-calls', side: 'south' });
    expect(scenario.summary).toBe(
      'What if, at 21 Mar 2019 09:00: South stops the routine calls on the Liaison line? A branch of "North Korea pulls its staff from the liaison office": history up to that moment, then simulated, not history.',
    );
    expect(scenario.summary!.match(/simulated/g)).toHaveLength(1);
  });

  it('says it once in the whole file, even where the screen narrated the what-if as simulated', () => {
    // The screen words the what-if's narration itself, saying the run is simulated from here.
    const narrate = en.ui.whatIfNarration('South stops the routine calls', 'Liaison line');
    const scenario = save({ channel: 'liaison', do: 'stop-calls', side: 'south', narrate });
    const yaml = scenarioToYaml(scenario);
    expect(yaml.match(/simulated/g)).toHaveLength(1);
    expect(yaml).not.toContain('did not happen');
    const whatIf = scenario.events.find((e) => e.tag === 'counterfactual' && e.do === 'stop-calls');
    expect(whatIf?.narrate).toBe('What if… South stops the routine calls on the Liaison line?');
  });

  it('keeps a later question whose board the what-if leaves as it was', () => {
    // Stopping the routine calls changes no channel's status: the question still fits.
    expect(save({ channel: 'liaison', do: 'stop-calls', side: 'south' }).questions).toEqual(
      small.scenario.questions,
    );
  });

  it('leaves out a later question whose answer no longer holds, and says so', () => {
    // "Can the two governments still talk? Yes, over the liaison line": not if the North
    // stopped answering it the day before.
    const scenario = save({ channel: 'liaison', do: 'stop-answering', side: 'north' });
    expect(scenario.questions).toEqual([]);
    expect(scenario.summary).toContain(
      'One question of the original after that moment is left out: its answer no longer holds in this branch.',
    );
    const reloaded = openScenarioText(scenarioToYaml(scenario), 'what-if.yaml');
    expect(reloaded.ok && reloaded.scenario.questions).toEqual([]);
  });
});
