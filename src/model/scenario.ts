/**
 * The typed scenario that the simulation core consumes. The YAML loader (src/scenario/)
 * produces it; tests and benchmarks may build it directly. Times are epoch milliseconds;
 * the scenario's zone says how to display them and where calendar days begin.
 */

import type { Zone } from '../time/zone.js';
import type { RelayEventName, RelaySpec } from '../channels/relay/spec.js';
import type { TalksEventName, TalksSpec } from '../channels/talks/spec.js';
import type { Lang } from '../words/lang.js';

export type PartyId = string;
export type ChannelId = string;
/** Who acts: a party, both sides of the channel, or nobody's choice. */
export type Actor = PartyId | 'both' | 'nature';
export type Tag = 'historical' | 'counterfactual';

export interface Party {
  id: PartyId;
  name: string;
  /** Short form for narrow places ("North"). */
  short: string;
}

export type CalendarDays = 'weekdays' | 'daily';

export interface CheckCalendar {
  /** Local times of day in the scenario's offset, as minutes after midnight. */
  times: number[];
  days: CalendarDays;
}

/** What a hotline joins: governments, militaries, leaders, area-control centres, ships' stations. */
export const HOTLINE_CLASSES = [
  'government',
  'military',
  'leaders',
  'aviation',
  'maritime',
  'other',
] as const;
export type HotlineClass = (typeof HOTLINE_CLASSES)[number];

export type LineState = 'not-connected' | 'working' | 'degraded' | 'broken';
export type FacilityState = 'not-open' | 'operating' | 'suspended' | 'demolished';

/**
 * How a channel came to be in its starting state, when that began before the scenario:
 * "broken since November 2010 (destroyed by a wildfire)". Applies to every part of the
 * starting state that is not the default (a broken line, a silent side, a closed office).
 */
export interface InitialHistory {
  since?: number;
  cause?: string;
}

export interface ChannelBase {
  id: ChannelId;
  name: string;
  /** The two parties this channel connects, in a fixed order (end a, end b). */
  between: [PartyId, PartyId];
  checks: CheckCalendar | null;
}

export interface HotlineSpec extends ChannelBase {
  kind: 'hotline';
  class: HotlineClass;
  initial: { line: LineState; silent: PartyId[]; calls: boolean } & InitialHistory;
}

export interface LiaisonOfficeSpec extends ChannelBase {
  kind: 'liaison-office';
  /** Full complement per party id. */
  staff: Record<PartyId, number>;
  initial: { facility: FacilityState; staff: Record<PartyId, number> } & InitialHistory;
}

export type ChannelSpec = HotlineSpec | LiaisonOfficeSpec | TalksSpec | RelaySpec;
export type ChannelKind = ChannelSpec['kind'];

export const HOTLINE_EVENTS = [
  'connect',
  'degrade',
  'repair',
  'break',
  'stop-answering',
  'resume-answering',
  'stop-calls',
  'resume-calls',
  'check-call',
] as const;
export const OFFICE_EVENTS = [
  'open',
  'suspend',
  'resume',
  'demolish',
  'send-staff',
  'reduce-staff',
  'withdraw-staff',
  'consult',
] as const;
export type HotlineEventName = (typeof HOTLINE_EVENTS)[number];
export type OfficeEventName = (typeof OFFICE_EVENTS)[number];
export type ChannelEventName = HotlineEventName | OfficeEventName | TalksEventName | RelayEventName;

export interface Expectation {
  channel: ChannelId;
  status: ChannelStatus;
}

/** How a channel stands, best first: the one list every face and the file format use. */
export const STATUSES = ['open', 'degraded', 'closed'] as const;
export type ChannelStatus = (typeof STATUSES)[number];

/** A channel's status in a frame; a channel the frame has no view of counts as closed. */
export const statusOf = (view: { status: ChannelStatus } | undefined): ChannelStatus =>
  view?.status ?? 'closed';

/** What must hold about the two sides' reachability: whether they can reach each other, and the last link. */
export interface ReachExpectation {
  reachable?: boolean;
  /** The single points of failure, in route order; [] for "none" (redundant, or cut off). */
  lastLinks?: ChannelId[];
}

/** Expectations at a moment with no event: how things must stand then. */
export interface Checkpoint {
  at: number;
  note?: string;
  expect: Expectation[];
  reach?: ReachExpectation;
}

/** What every scripted event has, whether it acts on channels or only tells the story. */
interface EventFields {
  at: number;
  /** Empty for context events that touch no channel. */
  channels: ChannelId[];
  count?: number;
  cause?: string;
  narrate: string;
  source?: string;
  tag: Tag;
  expect: Expectation[];
  /** Reachability that must hold right after this event. */
  reach?: ReachExpectation;
}

/** An act on channels: someone always does it (the checks refuse a channel event with no side). */
export interface ChannelActEvent extends EventFields {
  side: Actor;
  do: ChannelEventName;
}

/** Context: narration, which names a side only when the file says whose; null is nobody's act. */
export interface ContextEvent extends EventFields {
  side: Actor | null;
  do: null;
}

export type ScenarioEvent = ChannelActEvent | ContextEvent;

export interface Question {
  at: number;
  ask: string;
  answer: string;
}

export interface Scenario {
  id: string;
  title: string;
  summary?: string;
  start: number;
  end: number;
  /**
   * Where times are shown and calendar days begin: the file's IANA `zone`, else the offset
   * of `start` with the file's `zone` as its label (default "UTC+09:00").
   */
  zone: Zone;
  /** The language the file is written in, which the tool speaks unless `--lang` says otherwise. */
  lang?: Lang;
  parties: Party[];
  /** The two adversaries whose reachability the simulator reports. */
  sides: [PartyId, PartyId];
  channels: ChannelSpec[];
  events: ScenarioEvent[];
  questions: Question[];
  /** Expectations at moments with no event (none when absent). */
  checkpoints?: Checkpoint[];
}
