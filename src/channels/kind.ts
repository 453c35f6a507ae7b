import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import type * as z from 'zod';
import type { ChannelEvent } from '../machines/events.js';
import type {
  Actor,
  ChannelBase,
  ChannelEventName,
  ChannelSpec,
  InitialHistory,
  PartyId,
} from '../model/scenario.js';
import type { Lang } from '../words/lang.js';
import type { Describer } from './describe.js';
import type { ChannelView, PhraseFacts } from './status.js';

/** What an event's phrase needs: who acted and where, already in words. */
export interface EventPhraseArgs {
  /** Who acts, in words ("North", "both sides"); the phrase capitalises it where needed. */
  who: string;
  /** Whether `who` is more than one party, for the verb ("Both sides stop answering"). */
  plural: boolean;
  /** The channel's name, or several joined ("Liaison line and West Sea military line"). */
  channel: string;
  count?: number;
}

/** A what-if is offered on one channel, so its label names no channel. */
export type WhatIfPhraseArgs = Omit<EventPhraseArgs, 'channel'>;

/**
 * The words every kind owes the rest of the tool, in each language. A kind's own words.ts
 * holds more (its states, reasons, refusals); this is the part others read through the registry.
 */
export interface KindWords {
  /** The kind in a sentence: "hotline", "liaison office". */
  kind: string;
  /** The kind in a heading: "Hotline". */
  title: string;
  /** Each event in plain language: "North stops answering the Liaison line". */
  event: Record<string, (p: EventPhraseArgs) => string>;
  /** Each event as a what-if option: "North stops answering". */
  whatIf: Record<string, (p: WhatIfPhraseArgs) => string>;
  /** Each routine-contact outcome: in sentences, and as the board's mark beside the time. */
  outcome: Record<string, { words: string; mark: string }>;
  /** The routine contacts, counted: "check calls: 4 made, 3 answered, 1 unanswered". */
  contacts: { noun: string; ok: string; missed: string };
  /** The routine contact's heading in narration, when not a check: "Session at 10:00". */
  routine?: (clock: string) => string;
  /** Each outcome counted in the debrief, in this order, when the kind tells them apart. */
  tally?: Record<string, string>;
  /** The debrief's last contact that reached the other side, and the longest gap between two. */
  sessions?: {
    lastHeld: (when: string) => string;
    noneHeld: string;
    longestGap: (length: string, from: string, to: string) => string;
  };
}

/** Who may take an event. */
export interface EventRule {
  /** `end`: one side's own staff or phone does it (`side` names whose, or both); `party`: either end. */
  by: 'end' | 'party';
  /** An accident may do it too, so a what-if offers `nature`. */
  nature?: boolean;
  /** The routine contact: placed by the channel's calendar, never offered as a what-if. */
  contact?: boolean;
  /** Called off at the moment a contact is due, it takes that contact's place (a cancelled session). */
  replacesContact?: boolean;
}

/**
 * Everything one kind of channel means, in one folder (src/channels/<kind>/). The registry
 * (registry.ts) is typed `Record<ChannelKind, ChannelKindModule>`, so a kind lacking a part
 * does not compile; everything else asks the registry instead of branching on the kind.
 */
export interface ChannelKindModule<
  Spec extends ChannelSpec = ChannelSpec,
  Snapshot = AnyMachineSnapshot,
  Entry extends z.ZodObject = z.ZodObject,
> {
  kind: Spec['kind'];
  /** Its part of the scenario file. */
  file: KindFile<Spec, Entry>;
  /** The parties along the way, end a first: a relayed line passes through its relaying party. */
  route(spec: Spec): PartyId[];
  /** Who may take `event` on this channel, for what-ifs and file checks (both and nature included). */
  takers(spec: Spec, event: ChannelEventName): Actor[];
  /** The channel's machine; the simulation root spawns it under the kind's name. */
  machine: AnyStateMachine;
  /** The events this kind takes, in the order authors read them, with who may take each. */
  events: Readonly<Partial<Record<ChannelEventName, EventRule>>>;
  /** The kind's words, in every language. */
  words: Record<Lang, KindWords>;
  /** The machine's input for this channel at the scenario's start. */
  input(spec: Spec, at: number): unknown;
  /** Status, reason and detail: a pure function of the spec, the snapshot and the day. */
  view(spec: Spec, snapshot: Snapshot, say: Describer, offDuty: boolean): ChannelView;
  /** The view's facts in words, in any language. */
  phrase: PhraseFacts;
  /** The routine contact event and whether each of its outcomes reached the other side. */
  contact: { event: ChannelEventName; reached: Readonly<Record<string, boolean>> };
  /** Whether routine contacts are being made in this state (a hotline's calls can be stopped). */
  contactsMade(snapshot: Snapshot): boolean;
  /** Whether the board's compact layout still gives this kind its detail line (who is present). */
  detailMatters: boolean;
  /** Whether the channel keeps office days, so that it stands by outside them. */
  standsBy: boolean;
  /** The head count a what-if of `event` needs, suggested from the state; undefined when none. */
  suggestCount(event: ChannelEventName, snapshot: Snapshot): number | undefined;
  /** The counts a person may type for a what-if by these parties; null when `event` takes none. */
  countRange(
    spec: Spec,
    event: ChannelEventName,
    parties: readonly PartyId[],
    suggested?: number,
  ): { min: number; max: number; initial: number } | null;
  /** The channel as a table gives it: its kind ("hotline (military)") and its state at the start. */
  specWords(lang: Lang, spec: Spec, say: Describer): { label: string; start: string };
  /** Why the machine refused `event` in this state, in words an author can act on. */
  refusal(
    spec: Spec,
    snapshot: Snapshot,
    event: ChannelEvent,
    who: string,
    lang: Lang,
    say: Describer,
  ): string;
}

/** A kind's part of the scenario file: its entry's schema and the conversions both ways. */
export interface KindFile<Spec extends ChannelSpec, Entry extends z.ZodObject = z.ZodObject> {
  /** The channel's entry under `channels:`, strict, with `kind` as its literal. */
  entry: Entry;
  /** Its `initial:` map, for did-you-mean on a misspelt key. */
  initial: z.ZodObject;
  /** The typed spec from a checked entry, every default the format promises filled in. */
  toSpec(entry: z.output<Entry>, base: ChannelBase): Spec;
  /**
   * The entry back from the spec, defaults left out: `lead` goes after `kind`, `body` after
   * `between`, `initial` under `initial:` (the shared since and cause are added by the writer).
   */
  toEntry(spec: Spec): {
    lead: Record<string, unknown>;
    body: Record<string, unknown>;
    initial: Record<string, unknown>;
  };
}

/** Who may take an event by its rule: the ends (and both, for one side's own act), or nature too. */
export function takersByRule(spec: Pick<ChannelSpec, 'between'>, rule: EventRule | undefined): Actor[] {
  if (!rule) return [];
  if (rule.by === 'end') return [...spec.between, 'both'];
  return [...spec.between, ...(rule.nature ? (['nature'] as const) : [])];
}

/**
 * The part of a kind module for a channel with no head counts and no office days: the board's
 * compact layout may drop its detail line, it never stands by, and no what-if asks for a count.
 */
export const NO_HEAD_COUNT = {
  detailMatters: false,
  standsBy: false,
  suggestCount: () => undefined,
  countRange: () => null,
} as const satisfies Pick<ChannelKindModule, 'detailMatters' | 'standsBy' | 'suggestCount' | 'countRange'>;

/** How the starting state came to be (since, cause), for a machine's input: only what the file gave. */
export const startHistory = ({ since, cause }: InitialHistory): InitialHistory => ({
  ...(since === undefined ? {} : { since }),
  ...(cause === undefined ? {} : { cause }),
});
