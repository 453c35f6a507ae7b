import { assign, emit, setup, stateIn, type SnapshotFrom } from 'xstate';
import { fromEnd, markOf, startMark, type ChannelEvent, type End, type Mark } from '../../machines/events.js';
import { closureGuards, contactTransitions, type ContactEmitted, type StatusRule } from '../rule.js';
import type { ForumState } from './spec.js';

export type SessionOutcome = 'session-held' | 'session-cancelled' | 'session-boycotted' | 'no-talks';

/**
 * The forum's one rule: closed while not agreed or suspended (no session is held), while the
 * next session is cancelled, or while a side boycotts; else open. The session guards and the
 * status view both read it.
 */
export const TALKS_RULE: StatusRule<
  SessionOutcome,
  'notAgreed' | 'forumSuspended' | 'sessionCancelled' | 'aBoycotting' | 'bBoycotting'
> = {
  closed: [
    { guard: 'notAgreed', state: { forum: 'not-agreed' }, outcome: 'no-talks' },
    { guard: 'forumSuspended', state: { forum: 'suspended' }, outcome: 'no-talks' },
    { guard: 'sessionCancelled', state: { next: 'cancelled' }, outcome: 'session-cancelled' },
    { guard: 'aBoycotting', state: { a: 'boycotting' }, outcome: 'session-boycotted' },
    { guard: 'bBoycotting', state: { b: 'boycotting' }, outcome: 'session-boycotted' },
  ],
  degraded: [],
  reached: 'session-held',
};

export interface TalksInput {
  at: number;
  since?: number;
  cause?: string;
  forum: ForumState;
  boycotting: End[];
}

export interface TalksContext {
  boot: TalksInput;
  forum: Mark;
  next: Mark;
  ends: Record<End, Mark>;
}

/** One side's posture: attending the sessions, or boycotting them until it attends again. */
const postureRegion = (end: End) => ({
  initial: 'init' as const,
  states: {
    init: {
      always: [
        { guard: { type: 'bootBoycotting' as const, params: { end } }, target: 'boycotting' as const },
        { target: 'attending' as const },
      ],
    },
    attending: {
      on: {
        boycott: {
          guard: { type: 'fromEnd' as const, params: { end } },
          target: 'boycotting' as const,
          actions: { type: 'markEnd' as const, params: { end } },
        },
      },
    },
    boycotting: {
      on: {
        attend: {
          guard: { type: 'fromEnd' as const, params: { end } },
          target: 'attending' as const,
          actions: { type: 'markEnd' as const, params: { end } },
        },
      },
    },
  },
});

/**
 * Recurring talks: the forum as a whole (agreed, meeting, suspended by a side), the next
 * session (scheduled or cancelled: cancelling one session does not suspend the forum) and
 * each side's attendance. A session emits whether it was held, cancelled or boycotted.
 */
export const talksMachine = setup({
  types: {} as { context: TalksContext; input: TalksInput; events: ChannelEvent; emitted: ContactEmitted },
  guards: {
    fromEnd,
    bootForum: ({ context }, params: { forum: ForumState }) => context.boot.forum === params.forum,
    bootBoycotting: ({ context }, params: { end: End }) => context.boot.boycotting.includes(params.end),
    /** Only a forum that meets has a next session to cancel. */
    meeting: stateIn({ forum: 'meeting' }),
    ...closureGuards(TALKS_RULE),
  },
  actions: {
    markForum: assign({ forum: ({ event }) => markOf(event) }),
    markNext: assign({ next: ({ event }) => markOf(event) }),
    markEnd: assign({
      ends: ({ context, event }, params: { end: End }) => ({ ...context.ends, [params.end]: markOf(event) }),
    }),
    emitContact: emit((_, params: { outcome: SessionOutcome }) => ({
      type: 'contact' as const,
      outcome: params.outcome,
    })),
  },
}).createMachine({
  id: 'talks',
  type: 'parallel',
  context: ({ input }) => {
    const mark = (isDefault: boolean) => startMark(input.at, isDefault, input);
    return {
      boot: input,
      forum: mark(input.forum === 'meeting'),
      next: mark(true),
      ends: { a: mark(!input.boycotting.includes('a')), b: mark(!input.boycotting.includes('b')) },
    };
  },
  states: {
    forum: {
      initial: 'init',
      states: {
        init: {
          always: [
            { guard: { type: 'bootForum', params: { forum: 'not-agreed' } }, target: 'not-agreed' },
            { guard: { type: 'bootForum', params: { forum: 'suspended' } }, target: 'suspended' },
            { target: 'meeting' },
          ],
        },
        'not-agreed': { on: { agree: { target: 'meeting', actions: 'markForum' } } },
        meeting: { on: { suspend: { target: 'suspended', actions: 'markForum' } } },
        suspended: { on: { resume: { target: 'meeting', actions: 'markForum' } } },
      },
    },
    next: {
      initial: 'scheduled',
      states: {
        scheduled: {
          on: {
            'cancel-session': { guard: 'meeting', target: 'cancelled', actions: 'markNext' },
            session: contactTransitions(TALKS_RULE),
          },
        },
        // The cancelled session passes, and the one after is scheduled again.
        cancelled: {
          on: {
            session: contactTransitions(TALKS_RULE).map((t) => ({
              ...t,
              target: 'scheduled' as const,
              actions: [t.actions, { type: 'markNext' as const }],
            })),
          },
        },
      },
    },
    a: postureRegion('a'),
    b: postureRegion('b'),
  },
});

export type TalksSnapshot = SnapshotFrom<typeof talksMachine>;
