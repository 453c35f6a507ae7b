import { getShortestPaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import { describerFor } from '../../src/channels/describe.js';
import { channelView, type ChannelSnapshot } from '../../src/channels/status.js';
import type { ChannelEvent } from '../../src/machines/events.js';
import { hotlineMachine } from '../../src/channels/hotline/machine.js';
import { liaisonOfficeMachine } from '../../src/channels/liaison-office/machine.js';
import { HOTLINE_EVENTS, OFFICE_EVENTS, type ChannelSpec } from '../../src/model/scenario.js';
import { liaisonLine, march2019, office } from '../support/scenarios.js';

// Model-based check: walk each machine with every event it knows (for each end, and with
// head counts that matter), from its default start, and look at every state it can reach.
const say = describerFor(march2019());

function eventsFor(names: readonly ChannelEvent['type'][]): ChannelEvent[] {
  return names.flatMap((type) => [
    { type, at: 1000, by: 'north' },
    ...(['a', 'b'] as const).flatMap((end) => [
      { type, at: 1000, by: 'north', end },
      { type, at: 1000, by: 'north', end, count: 5 },
    ]),
  ]);
}

function reachableSnapshots(machine: AnyStateMachine, input: unknown, events: ChannelEvent[]) {
  const paths = getShortestPaths(machine, {
    input,
    events,
    serializeState: (snapshot) => JSON.stringify((snapshot as { value: unknown }).value),
  });
  return paths.map((path) => path.state as unknown as ChannelSnapshot);
}

const product = (...regions: string[][]): string[] =>
  regions.reduce<string[]>(
    (acc, states) => acc.flatMap((prefix) => states.map((s) => `${prefix}|${s}`)),
    [''],
  );

function valueKey(value: unknown, regions: string[]): string {
  const record = value as Record<string, string>;
  return regions.map((r) => `|${record[r]}`).join('');
}

function checkTotal(spec: ChannelSpec, snapshots: ChannelSnapshot[]) {
  for (const snapshot of snapshots)
    for (const offDuty of [false, true]) {
      const view = channelView(spec, snapshot, say, offDuty);
      expect(['open', 'degraded', 'closed']).toContain(view.status);
      expect(view.reason.length).toBeGreaterThan(5);
      expect(Number.isFinite(view.since)).toBe(true);
      expect(view.detail).not.toMatch(/undefined|NaN/);
      expect(view.reason).not.toMatch(/undefined|NaN/);
    }
}

describe('model-based walk of the machines', () => {
  it('reaches every combination of hotline states, and the status view is total over them', () => {
    const snapshots = reachableSnapshots(
      hotlineMachine,
      { at: 0, line: 'not-connected', silent: [], calls: true },
      eventsFor(HOTLINE_EVENTS),
    );
    const regions = ['line', 'a', 'b', 'calls'];
    const reached = new Set(snapshots.map((s) => valueKey(s.value, regions)));
    const expected = product(
      ['not-connected', 'working', 'degraded', 'broken'],
      ['answering', 'silent'],
      ['answering', 'silent'],
      ['on', 'off'],
    );
    expect([...reached].sort()).toEqual(expected.sort());
    checkTotal(liaisonLine, snapshots);
  });

  it('reaches every combination of office states, and the status view is total over them', () => {
    const snapshots = reachableSnapshots(
      liaisonOfficeMachine,
      { at: 0, facility: 'not-open', staff: { a: { full: 20, count: 0 }, b: { full: 20, count: 0 } } },
      eventsFor(OFFICE_EVENTS),
    );
    const regions = ['facility', 'a', 'b'];
    const reached = new Set(snapshots.map((s) => valueKey(s.value, regions)));
    const staffing = ['present', 'partial', 'withdrawn'];
    // A demolition sends everyone away, so a demolished office is only ever empty.
    const expected = [
      ...product(['not-open', 'operating', 'suspended'], staffing, staffing),
      '|demolished|withdrawn|withdrawn',
    ];
    expect([...reached].sort()).toEqual(expected.sort());
    checkTotal(office, snapshots);
  });
});
