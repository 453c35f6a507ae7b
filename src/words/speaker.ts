import type { Actor, ChannelId, PartyId, Scenario } from '../model/scenario.js';
import type { Describer } from '../channels/describe.js';
import { actorWords } from '../channels/registry.js';
import { durationParts, localTime, spanParts } from '../time/clock.js';
import { AVERAGE_MONTH, leadingUnits, lengthAsSpan } from '../time/span.js';
import { wordsFor, type Lang, type Words } from './index.js';

/**
 * One language's words bound to one scenario: its names for parties and channels, and its
 * UTC offset and zone for every date. Every face phrases facts through one of these.
 */
export interface Speaker extends Describer {
  words: Words;
  lang: Lang;
  party(id: PartyId): string;
  actor(actor: Actor | null): string;
  /** A channel's name in the scenario, its id when there is no such channel. */
  channelName(id: ChannelId): string;
  /** A time at local midnight is how a file says "on that day" (a start given as a date). */
  time(at: number): string;
  date(at: number): string;
  dateTime(at: number): string;
  /** "Fri 22 Mar 2019 10:00 KST" / "2019년 3월 22일 (금) 10:00 KST" */
  long(at: number): string;
  /** "22 Mar 2019 10:00 – 23 Mar 2019 23:59 KST" */
  span(from: number, to: number): string;
  duration(ms: number): string;
}

export function speakerFor(
  scenario: Pick<Scenario, 'parties' | 'zone'> & Partial<Pick<Scenario, 'channels'>>,
  lang: Lang = 'en',
): Speaker {
  const words = wordsFor(lang);
  const parties = new Map(scenario.parties.map((p) => [p.id, p.short]));
  const channels = new Map((scenario.channels ?? []).map((c) => [c.id, c]));
  const { zone } = scenario;
  const local = (at: number) => localTime(at, zone);
  const party = (id: PartyId) => parties.get(id) ?? id;
  const speaker: Speaker = {
    words,
    lang,
    party,
    // Both sides, nature, no one: words every kind shares (src/channels/words.ts).
    actor: (actor) => actorWords(lang, actor, speaker),
    channel: (id) => channels.get(id),
    channelName: (id) => channels.get(id)?.name ?? id,
    time: (at) => (local(at).minutes === 0 ? words.time.date(local(at)) : words.time.dateTime(local(at))),
    date: (at) => words.time.date(local(at)),
    dateTime: (at) => words.time.dateTime(local(at)),
    long: (at) => words.time.long(local(at), zone.label(at)),
    span: (from, to) => words.time.span(...spanParts(from, to, zone)),
    // Two months or more read in months and years: "5 years 3 months", not "1926 d 10 h".
    duration: (ms) =>
      ms >= 2 * AVERAGE_MONTH
        ? leadingUnits(lengthAsSpan(ms))
            .map(([unit, n]) => words.span[unit](n))
            .join(' ')
        : words.time.duration(durationParts(ms)),
  };
  return speaker;
}
