import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO_ID } from '../../src/scenario/bundled.js';
import { openScenario } from '../../src/session/open.js';
import { branchScenario } from '../../src/timeline/branchScenario.js';
import { branchAt } from '../../src/timeline/whatIf.js';
import { saveBranch } from '../../src/ui/save-branch.js';

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
});
