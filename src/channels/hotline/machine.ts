import { assign, emit, setup, type SnapshotFrom } from 'xstate';
import type { LineState } from '../../model/scenario.js';
import { fromEnd, markOf, startMark, type ChannelEvent, type End, type Mark } from '../../machines/events.js';

import { closureGuards, contactTransitions, type ContactEmitted, type StatusRule } from '../rule.js';

export type CheckOutcome = 'answered' | 'unanswered' | 'no-line';

/**
 * The hotline's one rule: closed while the line is down or not yet connected (a check call
 * finds no line) or while a side is silent (the call goes unanswered); degraded while the
 * line is. The check-call guards and the status view both read it.
 */
export const HOTLINE_RULE: StatusRule<CheckOutcome, 'lineBroken' | 'notConnected' | 'aSilent' | 'bSilent'> = {
  closed: [
    { guard: 'lineBroken', state: { line: 'broken' }, outcome: 'no-line' },
    { guard: 'notConnected', state: { line: 'not-connected' }, outcome: 'no-line' },
    { guard: 'aSilent', state: { a: 'silent' }, outcome: 'unanswered' },
    { guard: 'bSilent', state: { b: 'silent' }, outcome: 'unanswered' },
  ],
  degraded: [{ line: 'degraded' }],
  reached: 'answered',
};

export interface HotlineInput {
  at: number;
  /** When a non-default starting state began, and why (see InitialHistory). */
  since?: number;
  cause?: string;
  line: LineState;
  silent: End[];
  calls: boolean;
}

export interface HotlineContext {
  /** The configuration to start in; read only by the `init` transitions. */
  boot: HotlineInput;
  line: Mark;
  ends: Record<End, Mark>;
  calls: Mark;
}

/** One side's posture: answering the phone or not. Same shape for both ends. */
const postureRegion = (end: End) => ({
  initial: 'init' as const,
  states: {
    init: {
      always: [
        { guard: { type: 'bootSilent' as const, params: { end } }, target: 'silent' as const },
        { target: 'answering' as const },
      ],
    },
    answering: {
      on: {
        'stop-answering': {
          guard: { type: 'fromEnd' as const, params: { end } },
          target: 'silent' as const,
          actions: { type: 'markEnd' as const, params: { end } },
        },
      },
    },
    silent: {
      on: {
        'resume-answering': {
          guard: { type: 'fromEnd' as const, params: { end } },
          target: 'answering' as const,
          actions: { type: 'markEnd' as const, params: { end } },
        },
      },
    },
  },
});

/**
 * A telephone hotline: the physical line, each side's posture, and whether routine check
 * calls are being made. Whether it is open is HOTLINE_RULE.
 */
export const hotlineMachine = setup({
  types: {} as {
    context: HotlineContext;
    input: HotlineInput;
    events: ChannelEvent;
    emitted: ContactEmitted;
  },
  guards: {
    fromEnd,
    bootLine: ({ context }, params: { line: LineState }) => context.boot.line === params.line,
    bootSilent: ({ context }, params: { end: End }) => context.boot.silent.includes(params.end),
    bootCallsOff: ({ context }) => !context.boot.calls,
    ...closureGuards(HOTLINE_RULE),
  },
  actions: {
    markLine: assign({ line: ({ event }) => markOf(event) }),
    markCalls: assign({ calls: ({ event }) => markOf(event) }),
    markEnd: assign({
      ends: ({ context, event }, params: { end: End }) => ({
        ...context.ends,
        [params.end]: markOf(event),
      }),
    }),
    emitContact: emit((_, params: { outcome: CheckOutcome }) => ({
      type: 'contact' as const,
      outcome: params.outcome,
    })),
  },
}).createMachine({
  id: 'hotline',
  type: 'parallel',
  context: ({ input }) => {
    const mark = (isDefault: boolean) => startMark(input.at, isDefault, input);
    return {
      boot: input,
      line: mark(input.line === 'working'),
      ends: { a: mark(!input.silent.includes('a')), b: mark(!input.silent.includes('b')) },
      calls: mark(input.calls),
    };
  },
  states: {
    line: {
      initial: 'init',
      states: {
        init: {
          always: [
            { guard: { type: 'bootLine', params: { line: 'not-connected' } }, target: 'not-connected' },
            { guard: { type: 'bootLine', params: { line: 'degraded' } }, target: 'degraded' },
            { guard: { type: 'bootLine', params: { line: 'broken' } }, target: 'broken' },
            { target: 'working' },
          ],
        },
        'not-connected': { on: { connect: { target: 'working', actions: 'markLine' } } },
        working: {
          on: {
            degrade: { target: 'degraded', actions: 'markLine' },
            break: { target: 'broken', actions: 'markLine' },
          },
        },
        degraded: {
          on: {
            repair: { target: 'working', actions: 'markLine' },
            break: { target: 'broken', actions: 'markLine' },
          },
        },
        broken: { on: { repair: { target: 'working', actions: 'markLine' } } },
      },
    },
    a: postureRegion('a'),
    b: postureRegion('b'),
    calls: {
      initial: 'init',
      states: {
        init: {
          always: [{ guard: 'bootCallsOff', target: 'off' }, { target: 'on' }],
        },
        on: {
          on: {
            'stop-calls': { target: 'off', actions: 'markCalls' },
            'check-call': contactTransitions(HOTLINE_RULE),
          },
        },
        off: { on: { 'resume-calls': { target: 'on', actions: 'markCalls' } } },
      },
    },
  },
});

export type HotlineSnapshot = SnapshotFrom<typeof hotlineMachine>;
