import { stateIn, type AnyMachineSnapshot } from 'xstate';

/** A state of one region or more, as `snapshot.matches` and `stateIn` take it. */
export type StateMatch = Readonly<Record<string, string>>;

/** One way a channel is closed, and what a routine contact comes to while it is. */
export interface Closure<Outcome extends string, Guard extends string = string> {
  /** The guard's name in the machine. */
  guard: Guard;
  state: StateMatch;
  outcome: Outcome;
}

/**
 * A kind's one rule for "open", written as data so that the machine's contact guards and
 * the status view read the same lines: closed in any of `closed`, else degraded in any of
 * `degraded`, else open. A contact answered is one made while the channel is not closed.
 */
export interface StatusRule<Outcome extends string, Guard extends string = string> {
  closed: readonly Closure<Outcome, Guard>[];
  degraded: readonly StateMatch[];
  /** The outcome of a contact made while the channel is open or degraded. */
  reached: Outcome;
}

/** What the machine emits when a routine contact is made: its outcome, recorded once, on the frame. */
export interface ContactEmitted {
  type: 'contact';
  outcome: string;
}

/**
 * `snapshot.matches(state)`, read straight off the state value where a region is a plain
 * state name (every view asks this of every changed channel); a nested region asks XState.
 */
export function inState(snapshot: AnyMachineSnapshot, state: StateMatch): boolean {
  const value = snapshot.value as Readonly<Record<string, unknown>>;
  for (const region in state) {
    const current = value[region];
    if (typeof current !== 'string') return snapshot.matches(state as never);
    if (current !== state[region]) return false;
  }
  return true;
}

/** The closures that hold in this state, in the rule's order. */
export const closuresIn = <O extends string>(rule: StatusRule<O>, snapshot: AnyMachineSnapshot) =>
  rule.closed.filter((c) => inState(snapshot, c.state));

export const isDegraded = (rule: StatusRule<string>, snapshot: AnyMachineSnapshot) =>
  rule.degraded.some((state) => inState(snapshot, state));

/** What a contact made in this state comes to: the oracle the model-based tests hold the machine to. */
export const contactOutcome = <O extends string>(rule: StatusRule<O>, snapshot: AnyMachineSnapshot): O =>
  closuresIn(rule, snapshot)[0]?.outcome ?? rule.reached;

/** The machine's guards for the rule's closures, by name. */
export const closureGuards = <G extends string>(rule: StatusRule<string, G>) =>
  Object.fromEntries(rule.closed.map((c) => [c.guard, stateIn(c.state)])) as Record<
    G,
    ReturnType<typeof stateIn>
  >;

/** The routine contact's transitions: the first closure that holds decides the outcome. */
export const contactTransitions = <O extends string, G extends string>(rule: StatusRule<O, G>) => [
  ...rule.closed.map((c) => ({
    guard: c.guard,
    actions: { type: 'emitContact' as const, params: { outcome: c.outcome } },
  })),
  { actions: { type: 'emitContact' as const, params: { outcome: rule.reached } } },
];
