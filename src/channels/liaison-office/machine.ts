import { and, assign, emit, not, setup, stateIn, type SnapshotFrom } from 'xstate';
import type { FacilityState } from '../../model/scenario.js';
import { countFits } from './headCount.js';
import { fromEnd, markOf, startMark, type ChannelEvent, type End, type Mark } from '../../machines/events.js';

import { closureGuards, contactTransitions, type ContactEmitted, type StatusRule } from '../rule.js';

export type ConsultOutcome = 'held' | 'one-sided' | 'no-office';

/**
 * The office's one rule: closed unless it operates (a consultation finds no office) or while
 * a side is withdrawn (only one side comes); degraded while a side is partly there. The
 * consultation guards and the status view both read it.
 */
export const OFFICE_RULE: StatusRule<
  ConsultOutcome,
  'notOpen' | 'suspended' | 'demolished' | 'aWithdrawn' | 'bWithdrawn'
> = {
  closed: [
    { guard: 'notOpen', state: { facility: 'not-open' }, outcome: 'no-office' },
    { guard: 'suspended', state: { facility: 'suspended' }, outcome: 'no-office' },
    { guard: 'demolished', state: { facility: 'demolished' }, outcome: 'no-office' },
    { guard: 'aWithdrawn', state: { a: 'withdrawn' }, outcome: 'one-sided' },
    { guard: 'bWithdrawn', state: { b: 'withdrawn' }, outcome: 'one-sided' },
  ],
  degraded: [{ a: 'partial' }, { b: 'partial' }],
  reached: 'held',
};

export interface LiaisonOfficeInput {
  at: number;
  /** When a non-default starting state began, and why (see InitialHistory). */
  since?: number;
  cause?: string;
  facility: FacilityState;
  /** Full complement and head count at the start, per end. */
  staff: Record<End, { full: number; count: number }>;
}

export interface Staffing extends Mark {
  full: number;
  count: number;
}

export interface LiaisonOfficeContext {
  /** The configuration to start in; read only by the `init` transitions. */
  boot: LiaisonOfficeInput;
  facility: Mark;
  staff: Record<End, Staffing>;
}

type Guarded = { type: 'fromEnd'; params: { end: End } };
const byEnd = (end: End): Guarded => ({ type: 'fromEnd', params: { end } });
const staffAction = (end: End) => ({ type: 'setStaff' as const, params: { end } });

/** One side's staffing: present (full complement), partial, or withdrawn. */
const staffingRegion = (end: End) => {
  const send = [
    {
      guard: and([byEnd(end), 'canSend', { type: 'belowFull', params: { end } }]),
      target: 'partial' as const,
      actions: staffAction(end),
    },
    { guard: and([byEnd(end), 'canSend']), target: 'present' as const, actions: staffAction(end) },
  ];
  const reduce = {
    guard: and([byEnd(end), { type: 'belowFull' as const, params: { end } }]),
    target: 'partial' as const,
    actions: staffAction(end),
  };
  const withdraw = { guard: byEnd(end), target: 'withdrawn' as const, actions: staffAction(end) };
  // No one is present in a demolished building: the demolition sends every side's staff away.
  const demolished = { target: 'withdrawn' as const, actions: staffAction(end) };
  return {
    initial: 'init' as const,
    states: {
      init: {
        always: [
          {
            guard: { type: 'bootCount' as const, params: { end, is: 'none' as const } },
            target: 'withdrawn' as const,
          },
          {
            guard: { type: 'bootCount' as const, params: { end, is: 'some' as const } },
            target: 'partial' as const,
          },
          { target: 'present' as const },
        ],
      },
      present: { on: { 'reduce-staff': reduce, 'withdraw-staff': withdraw, demolish: demolished } },
      partial: {
        on: { 'send-staff': send, 'reduce-staff': reduce, 'withdraw-staff': withdraw, demolish: demolished },
      },
      withdrawn: { on: { 'send-staff': send } },
    },
  };
};

/**
 * A staffed liaison office: the facility and each side's staffing. Routine consultations
 * record whether the two sides actually met. Whether it is open is OFFICE_RULE.
 */
export const liaisonOfficeMachine = setup({
  types: {} as {
    context: LiaisonOfficeContext;
    input: LiaisonOfficeInput;
    events: ChannelEvent;
    emitted: ContactEmitted;
  },
  guards: {
    fromEnd,
    bootFacility: ({ context }, params: { facility: FacilityState }) =>
      context.boot.facility === params.facility,
    bootCount: ({ context }, params: { end: End; is: 'none' | 'some' }) => {
      // A demolished building has no one in it, whatever head count the file gives.
      if (context.boot.facility === 'demolished') return params.is === 'none';
      const { count, full } = context.boot.staff[params.end];
      return params.is === 'none' ? count === 0 : count < full;
    },
    /** A head count, when given, must be a whole number between 1 and the full complement. */
    canSend: and([
      not(stateIn({ facility: 'demolished' })),
      ({ context, event }) =>
        event.count === undefined ||
        (event.end !== undefined && countFits(event.count, context.staff[event.end].full)),
    ]),
    belowFull: ({ context, event }, params: { end: End }) =>
      event.count !== undefined && countFits(event.count, context.staff[params.end].full, true),
    ...closureGuards(OFFICE_RULE),
  },
  actions: {
    markFacility: assign({ facility: ({ event }) => markOf(event) }),
    setStaff: assign({
      staff: ({ context, event }, params: { end: End }) => {
        const current = context.staff[params.end];
        const leaving = event.type === 'withdraw-staff' || event.type === 'demolish';
        const count = leaving ? 0 : (event.count ?? current.full);
        return { ...context.staff, [params.end]: { ...markOf(event), full: current.full, count } };
      },
    }),
    emitContact: emit((_, params: { outcome: ConsultOutcome }) => ({
      type: 'contact' as const,
      outcome: params.outcome,
    })),
  },
}).createMachine({
  id: 'liaisonOffice',
  type: 'parallel',
  context: ({ input }) => {
    const mark = (isDefault: boolean) => startMark(input.at, isDefault, input);
    const staffing = (end: End): Staffing => ({
      ...mark(input.staff[end].count >= input.staff[end].full),
      ...input.staff[end],
    });
    return {
      boot: input,
      facility: mark(input.facility === 'operating'),
      staff: { a: staffing('a'), b: staffing('b') },
    };
  },
  on: {
    consult: contactTransitions(OFFICE_RULE),
  },
  states: {
    facility: {
      initial: 'init',
      states: {
        init: {
          always: [
            { guard: { type: 'bootFacility', params: { facility: 'not-open' } }, target: 'not-open' },
            { guard: { type: 'bootFacility', params: { facility: 'suspended' } }, target: 'suspended' },
            { guard: { type: 'bootFacility', params: { facility: 'demolished' } }, target: 'demolished' },
            { target: 'operating' },
          ],
        },
        'not-open': {
          on: {
            open: { target: 'operating', actions: 'markFacility' },
            demolish: { target: 'demolished', actions: 'markFacility' },
          },
        },
        operating: {
          on: {
            suspend: { target: 'suspended', actions: 'markFacility' },
            demolish: { target: 'demolished', actions: 'markFacility' },
          },
        },
        suspended: {
          on: {
            resume: { target: 'operating', actions: 'markFacility' },
            demolish: { target: 'demolished', actions: 'markFacility' },
          },
        },
        demolished: {},
      },
    },
    a: staffingRegion('a'),
    b: staffingRegion('b'),
  },
});

export type LiaisonOfficeSnapshot = SnapshotFrom<typeof liaisonOfficeMachine>;
