import { assign, emit, setup, type SnapshotFrom } from 'xstate';
import { fromEnd, markOf, startMark, type ChannelEvent, type End, type Mark } from '../../machines/events.js';
import type { PartyId } from '../../model/scenario.js';
import { closureGuards, contactTransitions, type ContactEmitted, type StatusRule } from '../rule.js';

export type RelayOutcome = 'relayed' | 'relay-down' | 'relay-no-line' | 'relay-unused';

/**
 * A relayed line's one rule: open only when the relaying party is active, the line works and
 * both ends use it. The check guards and the status view both read it.
 */
export const RELAY_RULE: StatusRule<RelayOutcome, 'relayStopped' | 'lineBroken' | 'aNotUsing' | 'bNotUsing'> =
  {
    closed: [
      { guard: 'relayStopped', state: { relay: 'stopped' }, outcome: 'relay-down' },
      { guard: 'lineBroken', state: { line: 'broken' }, outcome: 'relay-no-line' },
      { guard: 'aNotUsing', state: { a: 'not-using' }, outcome: 'relay-unused' },
      { guard: 'bNotUsing', state: { b: 'not-using' }, outcome: 'relay-unused' },
    ],
    degraded: [],
    reached: 'relayed',
  };

export interface RelayInput {
  at: number;
  since?: number;
  cause?: string;
  /** The relaying party: only it can stop or resume relaying. */
  via: PartyId;
  relaying: boolean;
  line: 'working' | 'broken';
  unused: End[];
}

export interface RelayContext {
  boot: RelayInput;
  relay: Mark;
  line: Mark;
  ends: Record<End, Mark>;
}

const useRegion = (end: End) => ({
  initial: 'init' as const,
  states: {
    init: {
      always: [
        { guard: { type: 'bootUnused' as const, params: { end } }, target: 'not-using' as const },
        { target: 'using' as const },
      ],
    },
    using: {
      on: {
        'stop-using': {
          guard: { type: 'fromEnd' as const, params: { end } },
          target: 'not-using' as const,
          actions: { type: 'markEnd' as const, params: { end } },
        },
      },
    },
    'not-using': {
      on: {
        'resume-using': {
          guard: { type: 'fromEnd' as const, params: { end } },
          target: 'using' as const,
          actions: { type: 'markEnd' as const, params: { end } },
        },
      },
    },
  },
});

/**
 * A line relayed by a third party: whether the relaying party passes messages on, whether the
 * line itself works, and whether each end uses it. A routine check emits whether it got through.
 */
export const relayMachine = setup({
  types: {} as { context: RelayContext; input: RelayInput; events: ChannelEvent; emitted: ContactEmitted },
  guards: {
    fromEnd,
    byRelay: ({ context, event }) => event.by === context.boot.via,
    bootStopped: ({ context }) => !context.boot.relaying,
    bootBroken: ({ context }) => context.boot.line === 'broken',
    bootUnused: ({ context }, params: { end: End }) => context.boot.unused.includes(params.end),
    ...closureGuards(RELAY_RULE),
  },
  actions: {
    markRelay: assign({ relay: ({ event }) => markOf(event) }),
    markLine: assign({ line: ({ event }) => markOf(event) }),
    markEnd: assign({
      ends: ({ context, event }, params: { end: End }) => ({ ...context.ends, [params.end]: markOf(event) }),
    }),
    emitContact: emit((_, params: { outcome: RelayOutcome }) => ({
      type: 'contact' as const,
      outcome: params.outcome,
    })),
  },
}).createMachine({
  id: 'relay',
  type: 'parallel',
  context: ({ input }) => {
    const mark = (isDefault: boolean) => startMark(input.at, isDefault, input);
    return {
      boot: input,
      relay: mark(input.relaying),
      line: mark(input.line === 'working'),
      ends: { a: mark(!input.unused.includes('a')), b: mark(!input.unused.includes('b')) },
    };
  },
  on: { 'relay-check': contactTransitions(RELAY_RULE) },
  states: {
    relay: {
      initial: 'init',
      states: {
        init: { always: [{ guard: 'bootStopped', target: 'stopped' }, { target: 'relaying' }] },
        relaying: { on: { 'stop-relaying': { guard: 'byRelay', target: 'stopped', actions: 'markRelay' } } },
        stopped: {
          on: { 'resume-relaying': { guard: 'byRelay', target: 'relaying', actions: 'markRelay' } },
        },
      },
    },
    line: {
      initial: 'init',
      states: {
        init: { always: [{ guard: 'bootBroken', target: 'broken' }, { target: 'working' }] },
        working: { on: { break: { target: 'broken', actions: 'markLine' } } },
        broken: { on: { repair: { target: 'working', actions: 'markLine' } } },
      },
    },
    a: useRegion('a'),
    b: useRegion('b'),
  },
});

export type RelaySnapshot = SnapshotFrom<typeof relayMachine>;
