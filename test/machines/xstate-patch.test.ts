import { describe, expect, it } from 'vitest';
import { createActor, createMachine } from 'xstate';
import { hotlineMachine } from '../../src/channels/hotline/machine.js';
import { simulationMachine } from '../../src/machines/simulationMachine.js';
import { channelEvent } from '../support/channelEvents.js';

// patches/xstate+5.33.3.patch: XState worked out a snapshot's state value again from its
// state nodes on every assign and on every change of states (it depends on the set of states
// alone), built a key string per state node per event, and made arrays for eventless
// transitions no state has after the start. Without the patch (an install that
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

  it('works out each set of states once: a snapshot back in earlier states shares their value and tags', () => {
    const actor = createActor(hotlineMachine, {
      input: { at: 0, line: 'working', silent: [], calls: true },
    });
    actor.start();
    const first = actor.getSnapshot();
    actor.send(channelEvent('stop-answering', { end: 'b', at: 5 }));
    const silent = actor.getSnapshot();
    actor.send(channelEvent('resume-answering', { end: 'b', at: 6 }));
    const back = actor.getSnapshot();
    expect(silent.value).toEqual({ line: 'working', a: 'answering', b: 'silent', calls: 'on' });
    expect(back.context).not.toBe(first.context);
    expect(back.value, 'patches/xstate+5.33.3.patch is not applied (npm ci runs it)').toBe(first.value);
    expect(back.tags).toBe(first.tags);
    actor.stop();
  });

  it('tells sets of states apart in a machine of more states than a bit mask holds', () => {
    // Twelve regions of three states: 49 state nodes, most of them past order 30.
    const regions = Array.from({ length: 12 }, (_, i) => `r${i}`);
    const machine = createMachine({
      type: 'parallel',
      states: Object.fromEntries(
        regions.map((r) => [
          r,
          {
            initial: 'a',
            states: {
              a: { on: { [`${r}-next`]: 'b' } },
              b: { on: { [`${r}-next`]: 'c' } },
              c: { on: { [`${r}-next`]: 'a' } },
            },
          },
        ]),
      ),
    });
    const actor = createActor(machine).start();
    const start = actor.getSnapshot().value;
    const expected: Record<string, string> = Object.fromEntries(regions.map((r) => [r, 'a']));
    const order = ['a', 'b', 'c'];
    for (const r of ['r11', 'r0', 'r11', 'r7', 'r11', 'r0', 'r0', 'r7', 'r7']) {
      actor.send({ type: `${r}-next` });
      expected[r] = order[(order.indexOf(expected[r]!) + 1) % 3]!;
      expect(actor.getSnapshot().value).toEqual(expected);
    }
    // Every region has gone round to `a` again.
    expect(actor.getSnapshot().value).toBe(start);
    actor.stop();
  });

  it('tells apart states whose ids repeat (their document order repeats too)', () => {
    const machine = createMachine({
      id: 'm',
      initial: 'a',
      states: {
        a: { id: 'twice', on: { go: 'b' } },
        b: { id: 'twice', on: { go: 'c' }, tags: ['B'] },
        c: { on: { go: 'a' }, tags: ['C'] },
      },
    });
    const actor = createActor(machine).start();
    actor.send({ type: 'go' });
    actor.send({ type: 'go' });
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('c');
    expect(snapshot.matches('c')).toBe(true);
    expect([...snapshot.tags]).toEqual(['C']);
    actor.stop();
  });

  it('freezes the shared state value, so no snapshot can change what another actor reads', () => {
    const input = { at: 0, line: 'working', silent: [], calls: true } as const;
    const one = createActor(hotlineMachine, { input: { ...input, silent: [] } }).start();
    const other = createActor(hotlineMachine, { input: { ...input, silent: [] } }).start();
    const value = one.getSnapshot().value as Record<string, string>;
    expect(Object.isFrozen(value)).toBe(true);
    expect(() => {
      value['line'] = 'broken';
    }).toThrow(TypeError);
    expect(other.getSnapshot().value).toEqual({
      line: 'working',
      a: 'answering',
      b: 'answering',
      calls: 'on',
    });
    one.stop();
    other.stop();
  });
});
