/**
 * A class handout as facts already put into words, once, for both printed forms (Markdown
 * and HTML). The students' version leaves out the answers and the debrief's conclusions;
 * the answer key has both.
 */
import { debrief, type ActorCount, type ChannelDebrief } from '../analysis/debrief.js';
import { eventPhrase, kindOf, kindWords } from '../channels/registry.js';
import { viewWords } from '../channels/status.js';
import { COMMON } from '../channels/words.js';
import { STATUSES, type ChannelSpec } from '../model/scenario.js';
import { formatClock } from '../time/clock.js';
import type { Timeline } from '../timeline/timeline.js';
import type { Lang, Words } from '../words/index.js';
import { silenceFrom } from '../words/debrief.js';
import { lastLinkChangeWords } from '../words/reach.js';
import { speakerFor, type Speaker } from '../words/speaker.js';
import { frameNarration } from '../words/event.js';

export interface HandoutOptions {
  /** The answer key instead of the students' version. */
  answers: boolean;
  /** How a reader names this scenario on the command line: a file's path or a bundled id. */
  ref: string;
  lang?: Lang;
}

export interface HandoutTable {
  head: string[];
  rows: string[][];
}

export interface HandoutEvent {
  /** The number the chart's callouts show. */
  number: number;
  when: string;
  /** What the event did, in plain language; null for a context event. */
  phrase: string | null;
  /** The author's narration; null for an event without one, whose phrase says it all. */
  narration: string | null;
  source: string | null;
  counterfactual: boolean;
}

export interface HandoutQuestion {
  number: number;
  when: string;
  ask: string;
  /** Only in the answer key. */
  answer: string | null;
}

export interface Handout {
  lang: Lang;
  words: Words['handout'];
  answers: boolean;
  title: string;
  summary: string | null;
  period: string;
  /** A command that works for this scenario as the teacher named it. */
  command: string;
  parties: string;
  channels: HandoutTable;
  events: HandoutEvent[];
  figures: { over: string; table: HandoutTable };
  /** The debrief's conclusions: only in the answer key. */
  conclusions: { table: HandoutTable; sides: string; lastLinks: string[] } | null;
  questions: HandoutQuestion[];
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A shell word: left bare when it is plainly safe, else single-quoted. */
export function shellWord(text: string): string {
  return /^[\w./:@%+=-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

function channelRow(spec: ChannelSpec, timeline: Timeline, say: Speaker): string[] {
  const words = say.words.handout;
  const kind = kindOf(spec.kind).specWords(say.lang, spec, say).label;
  const checks = spec.checks
    ? words.checks(spec.checks.times.map(formatClock).join(', '), spec.checks.days === 'daily')
    : words.noChecks;
  // The state at the start as the board words it: status and its reason.
  const view = timeline.frames[0]!.channels[spec.id];
  const start = view
    ? words.startState(say.words.status[view.status], viewWords(say.lang, spec, view, say).reason)
    : words.nothing;
  return [spec.name, kind, spec.between.map(say.party).join(' – '), checks, start];
}

function events(timeline: Timeline, say: Speaker): HandoutEvent[] {
  const { scenario } = timeline;
  const because = COMMON[say.lang].because;
  return timeline.frames
    .filter((f) => f.event !== null && f.at <= scenario.end)
    .map((f, i) => {
      const e = f.event!;
      return {
        number: i + 1,
        when: say.dateTime(f.at),
        // A context event has no phrase: its narration is what happened.
        phrase:
          e.do === null
            ? null
            : `${eventPhrase(say.lang, e, say)}${e.cause === undefined ? '' : because(e.cause)}`,
        // Without narration of its own, an event is its phrase: never the file's verbs.
        narration: e.narrate ? flat(e.narrate) : e.do === null ? flat(frameNarration(f, say)) : null,
        source: e.source ? flat(e.source) : null,
        counterfactual: e.tag === 'counterfactual',
      };
    });
}

function checksCell(c: ChannelDebrief, say: Speaker): string {
  const words = say.words.handout;
  if (c.checks.made === 0) return words.nothing;
  return words.checksOf(c.checks.succeeded, c.checks.made, kindWords(say.lang, c.kind).contacts.ok);
}

function conclusions(timeline: Timeline, say: Speaker): NonNullable<Handout['conclusions']> {
  const words = say.words.handout;
  const d = debrief(timeline);
  const when = (iso: string) => say.dateTime(Date.parse(iso));
  const by = (count: ActorCount) =>
    count.total === 0
      ? words.nothing
      : Object.entries(count.by)
          .map(([who, n]) => words.timesBy(say.actor(who), n))
          .join(', ');
  const silence = ({ longestSilence: s }: ChannelDebrief) => {
    if (s && s.ms > 0)
      return words.silence(say.duration(s.ms), silenceFrom(s, say), s.ongoing ? words.untilEnd : when(s.to));
    // Of no length: begun at the very end, or two changes at one instant (no silence).
    return s?.ongoing ? words.silenceAtEnd(when(s.from)) : words.nothing;
  };
  // A first opening restores nothing, but it is who brought the channel in.
  const restored = (c: ChannelDebrief) => {
    if (!c.firstOpened) return by(c.restores);
    const opened = words.firstOpenedBy(say.actor(c.firstOpened.by));
    return c.restores.total === 0 ? opened : `${opened}, ${by(c.restores)}`;
  };
  const [a, b] = d.sides.parties.map(say.party) as [string, string];
  const head = words.conclusionHead;
  return {
    table: {
      head: [head.channel, head.silence, head.cuts, head.restores],
      rows: d.channels.map((c) => [c.name, silence(c), by(c.cuts), restored(c)]),
    },
    sides:
      d.sides.noDirectMs === 0
        ? words.sidesAlways(a, b)
        : d.sides.unreachableMs === 0
          ? words.sidesRouted(a, b, say.duration(d.sides.noDirectMs))
          : words.sides(a, b, say.duration(d.sides.noDirectMs), say.duration(d.sides.unreachableMs)),
    lastLinks: d.sides.lastLinkChanges.map(
      (change) => `${when(change.at)}: ${lastLinkChangeWords(change, say)}`,
    ),
  };
}

function figures(timeline: Timeline, say: Speaker): Handout['figures'] {
  const words = say.words.handout;
  const d = debrief(timeline);
  const duration = (ms: number) => (ms === 0 ? words.nothing : say.duration(ms));
  const head = words.figureHead;
  return {
    over: words.over(say.duration(d.periodMs), say.span(Date.parse(d.from), Date.parse(d.to))),
    table: {
      head: [head.channel, ...STATUSES.map((s) => head[s]), head.checks],
      rows: d.channels.map((c) => [c.name, ...STATUSES.map((s) => duration(c.ms[s])), checksCell(c, say)]),
    },
  };
}

export function buildHandout(timeline: Timeline, options: HandoutOptions): Handout {
  const { scenario } = timeline;
  const lang = options.lang ?? 'en';
  const say = speakerFor(scenario, lang);
  const words = say.words.handout;
  const head = words.channelHead;
  return {
    lang,
    words,
    answers: options.answers,
    title: flat(scenario.title),
    summary: scenario.summary ? flat(scenario.summary) : null,
    period: say.span(scenario.start, scenario.end),
    command: `liaison-sim play ${shellWord(options.ref)}`,
    parties: words.parties(
      scenario.parties
        .map((p) => (p.short === p.name ? p.name : words.partyWithShort(p.name, p.short)))
        .join(', '),
      COMMON[lang].list(scenario.sides.map(say.party)),
    ),
    channels: {
      head: [head.channel, head.kind, head.between, head.checks, head.start],
      rows: scenario.channels.map((c) => channelRow(c, timeline, say)),
    },
    events: events(timeline, say),
    figures: figures(timeline, say),
    conclusions: options.answers ? conclusions(timeline, say) : null,
    questions: scenario.questions.map((q, i) => ({
      number: i + 1,
      when: say.dateTime(q.at),
      ask: flat(q.ask),
      answer: options.answers ? flat(q.answer) : null,
    })),
  };
}
