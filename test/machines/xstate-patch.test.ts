import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { hotlineMachine } from '../../src/channels/hotline/machine.js';
import { simulationMachine } from '../../src/machines/simulationMachine.js';
import { channelEvent } from '../support/channelEvents.js';

// patches/xstate+5.33.3.patch: XState worked out a snapshot's state value again from its
// state nodes on every assign, built a key string per state node per event, and made arrays
// for eventless transitions no state has after the start. Without the patch (an install that
// skipped `prepare`) every event costs about a quarter more; the rules are the same.
describe('XState, as patched', () => {
  it('keeps the state value of a snapshot whose states an assign did not change', () => {
    const actor = createActor(simulationMachine, {
      input: {
        start: 0,
        channels: [
          { id: 'line', kind: 'hotline', input: { at: 0, line: 'working', silent: [], calls: true } },
        ],
      },
    });
    actor.start();
    const before = actor.getSnapshot();
    // A later delivery of nothing moves the clock: an assign, in the same state.
    actor.send({ type: 'deliver', at: 10, deliveries: [] });
    const after = actor.getSnapshot();
    expect(after.context.clock).toBe(10);
    expect(after).not.toBe(before);
    expect(after.value, 'patches/xstate+5.33.3.patch is not applied (npm ci runs it)').toBe(before.value);
    expect(after.tags).toBe(before.tags);
    actor.stop();
  });

  it('still works out a new state value when the states change, and takes the start states', () => {
    const actor = createActor(hotlineMachine, {
      input: { at: 0, line: 'working', silent: ['b'], calls: true },
    });
    actor.start();
    const before = actor.getSnapshot();
    expect(before.value).toEqual({ line: 'working', a: 'answering', b: 'silent', calls: 'on' });
    actor.send(channelEvent('resume-answering', { end: 'b', at: 5 }));
    const after = actor.getSnapshot();
    expect(after.value).toEqual({ line: 'working', a: 'answering', b: 'answering', calls: 'on' });
    expect(before.value).toEqual({ line: 'working', a: 'answering', b: 'silent', calls: 'on' });
    actor.stop();
  });
});
