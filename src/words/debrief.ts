import type { ActorCount, ChannelDebrief, Debrief, Silence } from '../analysis/debrief.js';
import { kindOf, kindWords } from '../channels/registry.js';
import { own } from '../model/own.js';
import { STATUSES, type Scenario } from '../model/scenario.js';
import { lastLinkChangeWords } from './reach.js';
import type { Speaker } from './speaker.js';

/**
 * The share of the period `ms` is, rounded to a whole percent, except at the ends: a stretch
 * too short to make 1% is "<1%", not "0%" beside its own length, and a status left for that
 * stretch is ">99%", not "100%", which would say it was never left.
 */
function share(say: Speaker, ms: number, period: number): string {
  const w = say.words.debrief;
  const exact = period > 0 ? (ms / period) * 100 : 0;
  if (exact > 0 && exact < 0.5) return w.shareUnder(1);
  if (exact < 100 && exact >= 99.5) return w.shareOver(99);
  return w.share(Math.round(exact));
}

/**
 * When a silence began, as the debrief and the handout say it: its moment, or for one begun
 * before the scenario the date the file gives (often with no time of day) and that it was before.
 */
export function silenceFrom(s: Silence, say: Speaker): string {
  const from = Date.parse(s.from);
  return s.beganBeforeStart ? say.words.debrief.beforeStart(say.date(from)) : say.dateTime(from);
}

function countWords(counter: ActorCount, say: Speaker): string[] {
  return Object.entries(counter.by).map(([actor, n]) => say.words.debrief.by(n, say.actor(actor)));
}

function channelLines(
  c: ChannelDebrief,
  period: number,
  say: Speaker,
  when: (iso: string) => string,
  soFar: boolean,
): string[] {
  const w = say.words.debrief;
  // Statuses the channel never had are left out: "open 5 d (100%)" says it all.
  const times = STATUSES.filter((status) => c.ms[status] > 0).map((status) =>
    w.timeIn(say.words.state[status], say.duration(c.ms[status]), share(say, c.ms[status], period)),
  );
  const lines = [w.channel(c.name, times)];
  const s = c.longestSilence;
  // A silence of no length is either one just begun (said as under way, not "0 min") or two
  // changes at one instant (no silence to speak of).
  if (s && s.ms > 0)
    lines.push(
      `  ${w.longestSilence(say.duration(s.ms), silenceFrom(s, say), s.ongoing ? null : when(s.to), soFar)}`,
    );
  else if (s?.ongoing) lines.push(`  ${w.silenceBegun(when(s.from), soFar)}`);
  const kw = kindWords(say.lang, c.kind);
  if (c.checks.made > 0) {
    const { noun, ok, missed } = kw.contacts;
    const tally = kw.tally;
    if (tally) {
      // A kind that tells every outcome apart counts each: "sessions: 7 held, 1 cancelled".
      const counts = Object.entries(tally).flatMap(([outcome, label]) => {
        const n = own(c.checks.outcomes, outcome) ?? 0;
        return n > 0 ? [w.count(n, label)] : [];
      });
      lines.push(`  ${w.tally(noun, counts)}`);
    } else {
      // A kind that can fail in several ways has each counted apart: "1 unanswered, 2 no line".
      const ways = Object.entries(kindOf(c.kind).contact.reached).filter(([, reached]) => !reached);
      const failures = ways
        .map(([outcome]): [number, string] => [
          own(c.checks.outcomes, outcome) ?? 0,
          own(kw.outcome, outcome)!.words,
        ])
        .filter(([n]) => n > 0);
      const counted: [number, string][] =
        ways.length > 1 && failures.length > 0 ? failures : [[c.checks.failed, missed]];
      lines.push(`  ${w.contacts(noun, c.checks.made, c.checks.succeeded, ok, counted)}`);
    }
  }
  if (kw.sessions && c.checks.made > 0) {
    const { lastReached, longestGap } = c.checks;
    lines.push(`  ${lastReached ? kw.sessions.lastHeld(when(lastReached)) : kw.sessions.noneHeld}`);
    if (longestGap)
      lines.push(
        `  ${kw.sessions.longestGap(say.duration(longestGap.ms), when(longestGap.from), when(longestGap.to))}`,
      );
  }
  if (c.cuts.total > 0) lines.push(`  ${w.cut(countWords(c.cuts, say))}`);
  if (c.firstOpened) lines.push(`  ${w.firstOpened(when(c.firstOpened.at), say.actor(c.firstOpened.by))}`);
  if (c.restores.total > 0) lines.push(`  ${w.restored(countWords(c.restores, say))}`);
  return lines;
}

/**
 * The debrief's figures as lines, for the text report and the screen's debrief panel; `soFar`:
 * the figures of a run up to the step shown, not of the whole run.
 */
export function debriefLines(d: Debrief, scenario: Scenario, say: Speaker, soFar = false): string[] {
  const w = say.words.debrief;
  // The debrief carries ISO text; turn it back into the scenario's own short form.
  const when = (iso: string) => say.dateTime(Date.parse(iso));
  const [a, b] = d.sides.parties.map((p) => say.party(p)) as [string, string];
  const lines = [
    w.title(say.span(Date.parse(d.from), Date.parse(d.to)), say.duration(d.periodMs)),
    ...d.channels.flatMap((c) => channelLines(c, d.periodMs, say, when, soFar)),
    // Never without a direct channel (so never unreachable): say that, not "for 0 min".
    d.sides.noDirectMs === 0
      ? w.sidesAlways(say.words.reach.pair(a, b))
      : d.sides.unreachableMs === 0
        ? w.sidesRouted(
            say.words.reach.pair(a, b),
            say.duration(d.sides.noDirectMs),
            share(say, d.sides.noDirectMs, d.periodMs),
          )
        : w.sides(
            say.words.reach.pair(a, b),
            say.duration(d.sides.noDirectMs),
            share(say, d.sides.noDirectMs, d.periodMs),
            say.duration(d.sides.unreachableMs),
          ),
  ];
  for (const change of d.sides.lastLinkChanges)
    lines.push(`  ${w.change(when(change.at), lastLinkChangeWords(change, say))}`);
  return lines;
}
