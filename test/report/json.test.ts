import { describe, expect, it } from 'vitest';
import { runReport } from '../../src/report/json.js';
import { openScenario } from '../../src/session/open.js';
import { simulate } from '../../src/timeline/simulate.js';
import { march2019 } from '../support/scenarios.js';

describe('runReport', () => {
  const report = runReport(simulate(march2019()));

  it('names the scenario with ISO times at its own offset', () => {
    expect(report.scenario).toEqual({
      id: 'test-march-2019',
      title: 'Test: withdrawal',
      start: '2019-03-21T08:00:00+09:00',
      end: '2019-03-26T23:59:00+09:00',
      zone: 'KST',
    });
  });

  it('gives every frame its time, event and every channel as {status, reason}', () => {
    expect(report.frames).toHaveLength(19);
    const withdrawal = report.frames.find((f) => f.do === 'withdraw-staff')!;
    expect(withdrawal).toEqual({
      index: 5,
      at: '2019-03-22T10:00:00+09:00',
      kind: 'event',
      side: 'north',
      channel: ['office'],
      do: 'withdraw-staff',
      tag: 'historical',
      narration: 'North staff leave.',
      channels: {
        office: { status: 'closed', reason: 'North staff withdrawn since 22 Mar 2019 10:00' },
        liaison: { status: 'open', reason: 'line working, both sides answering' },
        military: { status: 'open', reason: 'line working, both sides answering' },
      },
      checks: [],
      refused: [],
      expectations: [{ channel: 'office', expected: 'closed', actual: 'closed', ok: true }],
    });
    const check = report.frames[1]!;
    expect(check).toMatchObject({
      kind: 'checks',
      side: null,
      do: null,
      checks: [
        { channel: 'liaison', outcome: 'answered' },
        { channel: 'military', outcome: 'answered' },
      ],
    });
  });

  it('sums up expectations, the final channels and reachability', () => {
    expect(report.expectations.passed).toBe(2);
    expect(report.expectations.failed).toBe(0);
    expect(report.expectations.results[1]).toEqual({
      frame: 12,
      at: '2019-03-25T08:30:00+09:00',
      channel: 'office',
      expected: 'degraded',
      actual: 'degraded',
      ok: true,
    });
    expect(report.summary).toMatchObject({
      frames: 19,
      events: 2,
      checks: 16,
      end: { frame: 18, at: '2019-03-26T17:00:00+09:00' },
      reach: {
        from: 'south',
        to: 'north',
        reachable: true,
        direct: ['office', 'liaison', 'military'],
        lastLinks: [],
      },
    });
    expect(report.summary.end.channels.office).toEqual({
      status: 'degraded',
      reason: 'North only partly staffed (5 of 20) since 25 Mar 2019 08:30',
    });
  });

  it('is deterministic: two separate runs serialise byte for byte the same', () => {
    const first = openScenario('test/fixtures/valid/withdrawal.yaml');
    const second = openScenario('test/fixtures/valid/withdrawal.yaml');
    if (!first.ok || !second.ok) throw new Error('fixture does not load');
    expect(JSON.stringify(runReport(second.timeline))).toBe(JSON.stringify(runReport(first.timeline)));
    expect(JSON.parse(JSON.stringify(runReport(first.timeline)))).toEqual(runReport(first.timeline));
  });
});
