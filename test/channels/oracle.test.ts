import { getShortestPaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { createActor, type AnyMachineSnapshot } from 'xstate';
import { describerFor } from '../../src/channels/describe.js';
import { kindOf } from '../../src/channels/registry.js';
import type { ContactEmitted } from '../../src/channels/rule.js';
import type { ChannelEvent } from '../../src/machines/events.js';
import type { ChannelEventName, ChannelSpec } from '../../src/model/scenario.js';
import { liaisonLine, march2019, office } from '../support/scenarios.js';

// Model-based check of every kind through the registry: walk the machine from a bare start
// with every event it knows (by each end, with and without a head count), and in every
// state it can reach, make the routine contact. The oracle: the outcome the machine records
// reaches the other side exactly when the status view says the channel is not closed.
const say = describerFor(march2019());

function eventsFor(names: readonly string[]): ChannelEvent[] {
  return names.flatMap((name) => {
    const type = name as ChannelEventName;
    return [
      { type, at: 1000, by: 'north' },
      ...(['a', 'b'] as const).flatMap((end) => [
        { type, at: 1000, by: 'north', end },
        { type, at: 1000, by: 'north', end, count: 5 },
      ]),
    ];
  });
}

/** The barest start of each kind, from which every state is reachable. */
export const BARE: ChannelSpec[] = [
  {
    id: 'gltalks',
    kind: 'talks',
    name: 'General-level talks',
    between: ['south', 'north'],
    checks: null,
    initial: { forum: 'not-agreed', boycotting: [] },
  },
  {
    id: 'pink',
    kind: 'relay',
    name: 'Pink phone',
    between: ['south', 'north'],
    via: 'north',
    checks: null,
    initial: { relaying: false, line: 'broken', unused: ['south', 'north'] },
  },
  { ...liaisonLine, initial: { line: 'not-connected', silent: [], calls: true } },
  {
    ...office,
    initial: { facility: 'not-open', staff: { south: 0, north: 0 } },
  },
];

function walk(spec: ChannelSpec) {
  const kind = kindOf(spec.kind);
  const input = kind.input(spec, 0);
  const paths = getShortestPaths(kind.machine, {
    input,
    events: eventsFor(Object.keys(kind.events)),
    serializeState: (snapshot) => JSON.stringify((snapshot as { value: unknown }).value),
  });
  return paths.map((path) => {
    const actor = createActor(kind.machine, { input });
    actor.start();
    for (const step of path.steps) actor.send(step.event);
    return actor;
  });
}

describe.each(BARE.map((spec) => [spec.kind, spec] as const))('the %s kind', (_, spec) => {
  const kind = kindOf(spec.kind);

  it('records a routine contact that agrees with the status, in every reachable state', () => {
    const actors = walk(spec);
    expect(actors.length).toBeGreaterThan(10);
    for (const actor of actors) {
      const snapshot = actor.getSnapshot() as AnyMachineSnapshot;
      const closed = kind.view(spec, snapshot, say, false).status === 'closed';
      const recorded: string[] = [];
      actor.on('contact', (e: ContactEmitted) => recorded.push(e.outcome));
      const contact = { type: kind.contact.event, at: 2000, by: 'south' } as ChannelEvent;
      if (!kind.contactsMade(snapshot)) {
        // A channel whose routine contacts are stopped is not contacted, and says why it refuses.
        actor.stop();
        continue;
      }
      actor.send(contact);
      expect(recorded, JSON.stringify(snapshot.value)).toHaveLength(1);
      expect(kind.contact.reached[recorded[0]!], `${JSON.stringify(snapshot.value)} → ${recorded[0]}`).toBe(
        !closed,
      );
      actor.stop();
    }
  });

  it('has a total status view: every reachable state has a status, a reason and a detail in both languages', () => {
    for (const actor of walk(spec)) {
      const snapshot = actor.getSnapshot() as AnyMachineSnapshot;
      for (const offDuty of [false, true]) {
        const view = kind.view(spec, snapshot, say, offDuty);
        expect(['open', 'degraded', 'closed']).toContain(view.status);
        for (const lang of ['en', 'ko'] as const) {
          const words = kind.phrase(lang, view, say);
          expect(words.reason.length).toBeGreaterThan(3);
          expect(`${words.reason} ${words.detail}`).not.toMatch(/undefined|NaN|\[object/);
        }
      }
      actor.stop();
    }
  });
});
