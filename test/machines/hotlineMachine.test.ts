import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { ChannelEvent } from '../../src/machines/events.js';
import { channelEvent } from '../support/channelEvents.js';
import { hotlineMachine, type HotlineInput } from '../../src/channels/hotline/machine.js';

const start = (input: Partial<HotlineInput> = {}) => {
  const actor = createActor(hotlineMachine, {
    input: { at: 0, line: 'working', silent: [], calls: true, ...input },
  });
  actor.start();
  return actor;
};
const ev = channelEvent;

describe('hotline machine', () => {
  it('starts in the configuration it is given', () => {
    expect(start().getSnapshot().value).toEqual({
      line: 'working',
      a: 'answering',
      b: 'answering',
      calls: 'on',
    });
    expect(start({ line: 'not-connected', silent: ['b'], calls: false }).getSnapshot().value).toEqual({
      line: 'not-connected',
      a: 'answering',
      b: 'silent',
      calls: 'off',
    });
    expect(start({ line: 'degraded', silent: ['a', 'b'] }).getSnapshot().value).toMatchObject({
      line: 'degraded',
      a: 'silent',
      b: 'silent',
    });
    expect(start({ line: 'broken' }).getSnapshot().value).toMatchObject({ line: 'broken' });
  });

  // Every transition of the line region, and every event refused in each line state.
  const lineTable: [string, ChannelEvent['type'], string | null][] = [
    ['not-connected', 'connect', 'working'],
    ['not-connected', 'degrade', null],
    ['not-connected', 'break', null],
    ['not-connected', 'repair', null],
    ['working', 'degrade', 'degraded'],
    ['working', 'break', 'broken'],
    ['working', 'connect', null],
    ['working', 'repair', null],
    ['degraded', 'repair', 'working'],
    ['degraded', 'break', 'broken'],
    ['degraded', 'degrade', null],
    ['degraded', 'connect', null],
    ['broken', 'repair', 'working'],
    ['broken', 'break', null],
    ['broken', 'degrade', null],
    ['broken', 'connect', null],
  ];
  it.each(lineTable)('line %s + %s -> %s', (from, type, to) => {
    const actor = start({ line: from as HotlineInput['line'] });
    const event = ev(type, { cause: 'test cause' });
    expect(actor.getSnapshot().can(event)).toBe(to !== null);
    actor.send(event);
    const snapshot = actor.getSnapshot();
    expect(snapshot.value.line).toBe(to ?? from);
    if (to) expect(snapshot.context.line).toEqual({ at: 100, by: 'north', cause: 'test cause' });
    else expect(snapshot.context.line.at).toBe(0);
  });

  it('changes only the posture of the named end', () => {
    const actor = start();
    actor.send(ev('stop-answering', { end: 'b' }));
    expect(actor.getSnapshot().value).toMatchObject({ a: 'answering', b: 'silent' });
    expect(actor.getSnapshot().context.ends.b).toEqual({ at: 100, by: 'north' });
    expect(actor.getSnapshot().can(ev('stop-answering', { end: 'b' }))).toBe(false);
    expect(actor.getSnapshot().can(ev('resume-answering', { end: 'a' }))).toBe(false);
    actor.send(ev('resume-answering', { end: 'b', at: 200 }));
    expect(actor.getSnapshot().value).toMatchObject({ b: 'answering' });
    expect(actor.getSnapshot().context.ends.b.at).toBe(200);
  });

  it('refuses a per-side event that names no end', () => {
    expect(start().getSnapshot().can(ev('stop-answering'))).toBe(false);
  });

  it('stops and resumes routine calls', () => {
    const actor = start();
    expect(actor.getSnapshot().can(ev('resume-calls'))).toBe(false);
    actor.send(ev('stop-calls', { by: 'south' }));
    expect(actor.getSnapshot().value.calls).toBe('off');
    expect(actor.getSnapshot().can(ev('check-call'))).toBe(false);
    expect(actor.getSnapshot().can(ev('stop-calls'))).toBe(false);
    actor.send(ev('resume-calls'));
    expect(actor.getSnapshot().value.calls).toBe('on');
  });

  it.each<[Partial<HotlineInput>, string]>([
    [{}, 'answered'],
    [{ silent: ['b'] }, 'unanswered'],
    [{ silent: ['a'] }, 'unanswered'],
    [{ line: 'degraded' }, 'answered'],
    [{ line: 'broken' }, 'no-line'],
    [{ line: 'not-connected', silent: ['b'] }, 'no-line'],
  ])('a check call on %o records %s', (input, outcome) => {
    const actor = start(input);
    const emitted: unknown[] = [];
    actor.on('contact', (e) => emitted.push(e));
    const before = actor.getSnapshot();
    actor.send(ev('check-call', { at: 500 }));
    expect(emitted).toEqual([{ type: 'contact', outcome }]);
    // Recorded once, on the frame: the contact leaves the channel's state as it was.
    expect(actor.getSnapshot().context).toBe(before.context);
    expect(actor.getSnapshot().value).toEqual(before.value);
  });

  it('ignores office events entirely', () => {
    expect(
      start()
        .getSnapshot()
        .can(ev('withdraw-staff', { end: 'a' })),
    ).toBe(false);
  });
});
