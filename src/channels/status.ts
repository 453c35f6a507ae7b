import type { AnyMachineSnapshot } from 'xstate';
import type { Mark } from '../machines/events.js';
import type { Actor, ChannelSpec, ChannelStatus, PartyId } from '../model/scenario.js';
import type { Lang } from '../words/lang.js';
import type { Describer } from './describe.js';
import { kindOf } from './registry.js';
import { COMMON } from './words.js';

export type { CheckResult } from './checkResults.js';

/**
 * One structured fact about a channel: what holds, about whom, since when, done by whom and
 * why. A kind's words.ts puts facts into words; nothing else builds sentences from them.
 */
export interface Fact {
  /** What holds, in the kind's own terms: "line-broken", "withdrawn", "standby". */
  what: string;
  /** The party it is about ("North not answering"). */
  party?: PartyId;
  /** Who brought it about, when the record says. */
  by?: Actor | null;
  /** Since when. */
  at?: number;
  /** The cause the scenario gave. */
  cause?: string;
  count?: number;
  full?: number;
  /** The channel has not existed yet (not connected, not opened, not agreed): closed, but no silence. */
  notYet?: true;
}

/**
 * A channel that is closed only because it does not exist yet (a line not connected, an
 * office not opened, talks not agreed): every fact of its closing is a not-yet. Neither a
 * silence nor a cut, whatever its kind.
 */
export const notYetThere = (view: ChannelView | undefined): boolean =>
  view !== undefined &&
  view.status === 'closed' &&
  view.facts.length > 0 &&
  view.facts.every((f) => f.notYet);

/** A fact about one part of a channel's state, dated (and attributed) by that part's mark. */
export const marked = (what: string, mark: Mark, extra: Partial<Fact> = {}): Fact => ({
  what,
  at: mark.at,
  by: mark.by,
  ...(mark.cause === undefined ? {} : { cause: mark.cause }),
  ...extra,
});

/** The pieces every kind phrases its facts with: whose end, by whom, because, since when. */
export function factParts(lang: Lang, say: Describer) {
  const c = COMMON[lang];
  return {
    who: (f: Fact) => say.party(f.party ?? ''),
    by: (f: Fact) => (f.by ? c.by(say.actor(f.by)) : ''),
    cause: (f: Fact) => (f.cause ? c.because(f.cause) : ''),
    when: (f: Fact) => say.time(f.at ?? 0),
  };
}

/** The party at one end of a two-ended channel. */
export const partyAt = (spec: { between: readonly [string, string] }, end: 'a' | 'b'): string =>
  spec.between[end === 'a' ? 0 : 1];

/** What a person needs to know about one channel at one moment. */
export interface ChannelView {
  status: ChannelStatus;
  /** Why the status is what it is, as facts: the causes of a closure, or what is working. */
  facts: Fact[];
  /** The physical and per-side state, as facts (the line, each side's posture or staff). */
  state: Fact[];
  /** The facts in English, naming who did what ("North not answering since 9 Jun 2020 12:00"). */
  reason: string;
  /** When the current status began, as far as the channel's own record tells. */
  since: number;
  /** The state in a few English words ("South 20 present · North withdrawn"). */
  detail: string;
  /** Outside the channel's own check days: on standby, which is not closed. */
  standby: boolean;
}

export type ChannelSnapshot = AnyMachineSnapshot;

/** How a kind puts its facts into words. */
export type PhraseFacts = (
  lang: Lang,
  view: Pick<ChannelView, 'facts' | 'state'>,
  say: Describer,
) => { reason: string; detail: string };

/**
 * A view from its facts, with the English words that run --json and the reports carry. The
 * words are put together the first time someone reads them: most frames of a long run are
 * never shown, and validate shows none.
 */
export function facts(
  phrase: PhraseFacts,
  say: Describer,
  status: ChannelStatus,
  causes: Fact[],
  state: Fact[],
  standby: boolean,
  since = Math.min(...causes.map((c) => c.at ?? 0)),
): ChannelView {
  let words: { reason: string; detail: string } | undefined;
  const said = () => (words ??= phrase('en', { facts: causes, state }, say));
  return {
    status,
    facts: causes,
    state,
    get reason() {
      return said().reason;
    },
    since,
    get detail() {
      return said().detail;
    },
    standby,
  };
}

/** The status view of any channel: a pure function of its spec, snapshot and the day. */
export function channelView(
  spec: ChannelSpec,
  snapshot: ChannelSnapshot,
  say: Describer,
  offDuty: boolean,
): ChannelView {
  return kindOf(spec.kind).view(spec, snapshot, say, offDuty);
}

/** A view's reason and detail in another language. */
export function viewWords(
  lang: Lang,
  spec: ChannelSpec,
  view: Pick<ChannelView, 'facts' | 'state'>,
  say: Describer,
): { reason: string; detail: string } {
  return kindOf(spec.kind).phrase(lang, view, say);
}
