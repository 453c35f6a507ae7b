import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { ChannelEvent } from '../../src/machines/events.js';
import { channelEvent } from '../support/channelEvents.js';
import { liaisonOfficeMachine, type LiaisonOfficeInput } from '../../src/channels/liaison-office/machine.js';

type Facility = LiaisonOfficeInput['facility'];
const start = (facility: Facility = 'operating', a = 20, b = 20) => {
  const actor = createActor(liaisonOfficeMachine, {
    input: { at: 0, facility, staff: { a: { full: 20, count: a }, b: { full: 20, count: b } } },
  });
  actor.start();
  return actor;
};
const ev = channelEvent;

describe('liaison office machine', () => {
  it('derives its starting staffing from head counts', () => {
    expect(start('operating', 20, 0).getSnapshot().value).toEqual({
      facility: 'operating',
      a: 'present',
      b: 'withdrawn',
    });
    expect(start('not-open', 5, 20).getSnapshot().value).toEqual({
      facility: 'not-open',
      a: 'partial',
      b: 'present',
    });
  });

  const facilityTable: [Facility, ChannelEvent['type'], Facility | null][] = [
    ['not-open', 'open', 'operating'],
    ['not-open', 'demolish', 'demolished'],
    ['not-open', 'suspend', null],
    ['not-open', 'resume', null],
    ['operating', 'suspend', 'suspended'],
    ['operating', 'demolish', 'demolished'],
    ['operating', 'open', null],
    ['operating', 'resume', null],
    ['suspended', 'resume', 'operating'],
    ['suspended', 'demolish', 'demolished'],
    ['suspended', 'suspend', null],
    ['suspended', 'open', null],
    ['demolished', 'open', null],
    ['demolished', 'resume', null],
    ['demolished', 'suspend', null],
    ['demolished', 'demolish', null],
  ];
  it.each(facilityTable)('facility %s + %s -> %s', (from, type, to) => {
    const actor = start(from);
    expect(actor.getSnapshot().can(ev(type))).toBe(to !== null);
    actor.send(ev(type, { by: 'both' }));
    expect(actor.getSnapshot().value.facility).toBe(to ?? from);
    if (to) expect(actor.getSnapshot().context.facility).toEqual({ at: 100, by: 'both' });
  });

  it('withdraws, partly returns and fully returns one side', () => {
    const actor = start();
    actor.send(ev('withdraw-staff', { end: 'b' }));
    expect(actor.getSnapshot().value).toMatchObject({ a: 'present', b: 'withdrawn' });
    expect(actor.getSnapshot().context.staff.b).toMatchObject({ count: 0, full: 20, by: 'north' });
    expect(actor.getSnapshot().can(ev('withdraw-staff', { end: 'b' }))).toBe(false);
    expect(actor.getSnapshot().can(ev('reduce-staff', { end: 'b', count: 3 }))).toBe(false);
    actor.send(ev('send-staff', { end: 'b', count: 4 }));
    expect(actor.getSnapshot().value.b).toBe('partial');
    expect(actor.getSnapshot().context.staff.b.count).toBe(4);
    actor.send(ev('send-staff', { end: 'b' }));
    expect(actor.getSnapshot().value.b).toBe('present');
    expect(actor.getSnapshot().context.staff.b.count).toBe(20);
    expect(actor.getSnapshot().can(ev('send-staff', { end: 'b' }))).toBe(false);
  });

  it('reduces staff only to a head count below the full complement', () => {
    const actor = start();
    expect(actor.getSnapshot().can(ev('reduce-staff', { end: 'a' }))).toBe(false);
    expect(actor.getSnapshot().can(ev('reduce-staff', { end: 'a', count: 20 }))).toBe(false);
    expect(actor.getSnapshot().can(ev('reduce-staff', { end: 'a', count: 0 }))).toBe(false);
    actor.send(ev('reduce-staff', { end: 'a', count: 17 }));
    expect(actor.getSnapshot().value.a).toBe('partial');
    actor.send(ev('reduce-staff', { end: 'a', count: 10 }));
    expect(actor.getSnapshot().context.staff.a.count).toBe(10);
    actor.send(ev('withdraw-staff', { end: 'a' }));
    expect(actor.getSnapshot().value.a).toBe('withdrawn');
  });

  it('sends everyone away when the building is demolished', () => {
    const actor = start('operating', 20, 4);
    actor.send(ev('demolish', { at: 500 }));
    expect(actor.getSnapshot().value).toEqual({ facility: 'demolished', a: 'withdrawn', b: 'withdrawn' });
    expect(actor.getSnapshot().context.staff.b).toMatchObject({ count: 0, at: 500, by: 'north' });
    expect(actor.getSnapshot().can(ev('withdraw-staff', { end: 'a' }))).toBe(false);
    // A file that starts with a demolished office starts it empty, whatever head count it gives.
    expect(start('demolished', 20, 20).getSnapshot().value).toEqual({
      facility: 'demolished',
      a: 'withdrawn',
      b: 'withdrawn',
    });
  });

  it('refuses head counts above the full complement and staff for a demolished office', () => {
    const actor = start('operating', 20, 0);
    expect(actor.getSnapshot().can(ev('send-staff', { end: 'b', count: 21 }))).toBe(false);
    expect(actor.getSnapshot().can(ev('send-staff', { end: 'b', count: 2.5 }))).toBe(false);
    actor.send(ev('demolish'));
    expect(actor.getSnapshot().can(ev('send-staff', { end: 'b' }))).toBe(false);
  });

  it.each([
    ['operating', 20, 20, 'held'],
    ['operating', 20, 4, 'held'],
    ['operating', 20, 0, 'one-sided'],
    ['operating', 0, 20, 'one-sided'],
    ['suspended', 20, 20, 'no-office'],
    ['not-open', 20, 20, 'no-office'],
    ['demolished', 0, 0, 'no-office'],
  ] as const)('a consultation at a %s office with %i/%i staff is %s', (facility, a, b, outcome) => {
    const actor = start(facility, a, b);
    const emitted: unknown[] = [];
    actor.on('contact', (e) => emitted.push(e));
    const before = actor.getSnapshot();
    actor.send(ev('consult', { at: 300 }));
    expect(emitted).toEqual([{ type: 'contact', outcome }]);
    // Recorded once, on the frame: the contact leaves the channel's state as it was.
    expect(actor.getSnapshot().context).toBe(before.context);
    expect(actor.getSnapshot().value).toEqual(before.value);
  });

  it('ignores hotline events entirely', () => {
    expect(
      start()
        .getSnapshot()
        .can(ev('stop-answering', { end: 'a' })),
    ).toBe(false);
  });
});
