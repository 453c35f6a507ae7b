import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerKind } from '../../src/channels/registry.js';
import { mermaidDocument } from '../../src/export/mermaid.js';
import type { ChannelSpec, Scenario } from '../../src/model/scenario.js';
import { runReport } from '../../src/report/json.js';
import { formatRunText } from '../../src/report/text.js';
import { simulate } from '../../src/timeline/simulate.js';
import { SEMAPHORE } from '../support/semaphoreKind.js';
import { event, kst, liaisonLine, march2019 } from '../support/scenarios.js';

// A kind is one folder plus one registry line: register a kind that lives only in this test
// and show that simulation, status, JSON, the text report and Mermaid all work for it.
let unregister: () => void = () => {};
beforeAll(() => {
  unregister = registerKind(SEMAPHORE);
});
afterAll(() => unregister());

const flags = {
  id: 'flags',
  kind: 'semaphore',
  name: 'hilltop semaphore',
  between: ['south', 'north'],
  checks: { times: [12 * 60], days: 'daily' },
  initial: {},
} as unknown as ChannelSpec;

function scenario(): Scenario {
  const base = march2019([
    event({ at: kst('2019-03-21T10:00'), side: 'north', channels: ['flags'], do: 'lower' as never }),
    event({
      at: kst('2019-03-22T10:00'),
      side: 'south',
      channels: ['flags'],
      do: 'raise' as never,
      expect: [{ channel: 'flags', status: 'open' }],
    }),
  ]);
  return { ...base, channels: [liaisonLine, flags], end: kst('2019-03-22T18:00') };
}

describe('a kind registered at run time', () => {
  it('is simulated, with its status, its routine contacts and its expectations', () => {
    const timeline = simulate(scenario());
    const lowered = timeline.frames.find((f) => f.event?.do === ('lower' as never))!;
    expect(lowered.channels.flags).toMatchObject({ status: 'closed', reason: 'flags lowered' });
    const noon = timeline.frames.find((f) => f.at === kst('2019-03-21T12:00'))!;
    expect(noon.checks).toContainEqual({ channel: 'flags', outcome: 'flags-down' });
    const raised = timeline.frames.find((f) => f.event?.do === ('raise' as never))!;
    expect(raised.channels.flags!.status).toBe('open');
    expect(raised.expectations).toEqual([{ channel: 'flags', expected: 'open', actual: 'open', ok: true }]);
  });

  it('shows in the JSON and the text report', () => {
    const timeline = simulate(scenario());
    const report = runReport(timeline);
    expect(report.summary.end.channels.flags).toEqual({ status: 'open', reason: 'flags up' });
    const flagsDebrief = report.debrief.channels.find((c) => c.id === 'flags')!;
    expect(flagsDebrief.checks).toMatchObject({ made: 2, succeeded: 1, failed: 1 });
    const text = formatRunText(timeline);
    expect(text).toContain('flags');
    expect(text).toMatch(/signals: 2 made, 1 seen, 1 missed/);
  });

  it('draws its machine in the Mermaid export', () => {
    const doc = mermaidDocument(scenario());
    expect(doc).toContain('## Semaphore (`semaphore` machine)');
    expect(doc).toMatch(/lower/);
    expect(doc).toMatch(/signal \[lowered\]/);
  });
});
