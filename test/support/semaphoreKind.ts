import { emit, setup, type AnyMachineSnapshot } from 'xstate';
import type { Describer } from '../../src/channels/describe.js';
import { z } from 'zod';
import type { ChannelKindModule, KindWords } from '../../src/channels/kind.js';
import {
  closureGuards,
  closuresIn,
  contactTransitions,
  type ContactEmitted,
  type StatusRule,
} from '../../src/channels/rule.js';
import { facts, type ChannelView } from '../../src/channels/status.js';
import type { ChannelSpec } from '../../src/model/scenario.js';

/*
 * A kind that exists only in tests: a flag semaphore between two hilltops. It is written the
 * way a kind's folder is (machine, rule, status, words, file part) and registered with one
 * call, to show that nothing else has to change for a new kind.
 */
const RULE: StatusRule<'seen' | 'flags-down', 'lowered'> = {
  closed: [{ guard: 'lowered', state: { flags: 'down' }, outcome: 'flags-down' }],
  degraded: [],
  reached: 'seen',
};

const machine = setup({
  types: {} as {
    context: { since: number };
    input: { at: number };
    events: { type: 'raise' | 'lower' | 'signal'; at: number; by: string };
    emitted: ContactEmitted;
  },
  guards: closureGuards(RULE),
  actions: {
    emitContact: emit((_, params: { outcome: string }) => ({
      type: 'contact' as const,
      outcome: params.outcome,
    })),
  },
}).createMachine({
  id: 'semaphore',
  context: ({ input }) => ({ since: input.at }),
  type: 'parallel',
  states: {
    flags: {
      initial: 'up',
      states: { up: { on: { lower: 'down' } }, down: { on: { raise: 'up' } } },
    },
  },
  on: { signal: contactTransitions(RULE) },
});

const words = (lang: 'en' | 'ko'): KindWords => ({
  kind: lang === 'en' ? 'semaphore' : '수기 신호',
  title: lang === 'en' ? 'Semaphore' : '수기 신호',
  event: {
    raise: (p) => `${p.who} raises the flags of the ${p.channel}`,
    lower: (p) => `${p.who} lowers the flags of the ${p.channel}`,
    signal: (p) => `${p.who} signals on the ${p.channel}`,
  },
  whatIf: {
    raise: (p) => `${p.who} raises the flags`,
    lower: (p) => `${p.who} lowers the flags`,
    signal: (p) => p.who,
  },
  outcome: {
    seen: { words: 'signal seen', mark: '✓ seen' },
    'flags-down': { words: 'flags down', mark: '✗ down' },
  },
  contacts: { noun: 'signals', ok: 'seen', missed: 'missed' },
});

const phrase = (lang: 'en' | 'ko', view: Pick<ChannelView, 'facts' | 'state'>) => ({
  reason: view.facts.map((f) => (f.what === 'down' ? 'flags lowered' : 'flags up')).join('; '),
  detail: view.state.map((f) => f.what).join(' · '),
});

export const SEMAPHORE = {
  kind: 'semaphore',
  file: {
    entry: z.strictObject({ kind: z.literal('semaphore'), name: z.string() }),
    initial: z.strictObject({}),
    toSpec: (_e: unknown, base: object) => ({ ...base, kind: 'semaphore', initial: {} }) as never,
    toEntry: () => ({ lead: {}, body: {}, initial: {} }),
  },
  machine,
  events: {
    raise: { by: 'party' },
    lower: { by: 'party', nature: true },
    signal: { by: 'party', contact: true },
  },
  words: { en: words('en'), ko: words('ko') },
  route: (spec: ChannelSpec) => [...spec.between],
  takers: (spec: ChannelSpec) => [...spec.between],
  input: (_spec: ChannelSpec, at: number) => ({ at }),
  view: (_spec: ChannelSpec, snapshot: AnyMachineSnapshot, say: Describer) => {
    const down = closuresIn(RULE, snapshot).length > 0;
    const at = (snapshot.context as { since: number }).since;
    return facts(
      phrase,
      say,
      down ? 'closed' : 'open',
      [{ what: down ? 'down' : 'up', at }],
      [{ what: String((snapshot.value as { flags: string }).flags) }],
      false,
      at,
    );
  },
  phrase,
  contact: { event: 'signal', reached: { seen: true, 'flags-down': false } },
  contactsMade: () => true,
  detailMatters: false,
  standsBy: false,
  suggestCount: () => undefined,
  countRange: () => null,
  specWords: () => ({ label: 'semaphore', start: 'flags up' }),
  refusal: () => 'the flags are already that way',
} as unknown as ChannelKindModule;
