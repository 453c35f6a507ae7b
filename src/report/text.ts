/**
 * The plain, readable run: one line per frame, failed expectations marked loudly, and a
 * summary. Also what `liaison-sim` prints when stdout is not a terminal.
 */
import { describerFor, type Describer } from '../channels/describe.js';
import { debrief, debriefText } from '../analysis/debrief.js';
import { questionsByFrame, unshownQuestions } from '../analysis/questions.js';
import { directChannels, reachSides, type PairReach } from '../analysis/reachability.js';
import type { Question, Scenario } from '../model/scenario.js';
import { displayWidth, padEnd } from '../text/width.js';
import { formatClock, formatLong, localTime, toIsoDate } from '../time/clock.js';
import type { Frame } from '../timeline/frame.js';
import { eventSummary } from '../timeline/narrate.js';
import { placeMoment } from '../timeline/frameAt.js';
import { sayMomentPlace } from '../words/moment.js';
import type { Timeline } from '../timeline/timeline.js';
import { wordsFor } from '../words/index.js';
import { frameAt, runOutcome, type Views } from './outcome.js';
import type { Zone } from '../time/zone.js';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** "2019-03-22 10:00" in the scenario's own offset. */
export function shortTime(at: number, zone: Zone): string {
  return `${toIsoDate(at, zone)} ${formatClock(localTime(at, zone).minutes)}`;
}

/** "office open · liaison CLOSED": closed and degraded stand out in capitals. */
function compactStatuses(scenario: Scenario, views: Views): string {
  return scenario.channels
    .map((c) => {
      const status = views[c.id]?.status ?? 'closed';
      return `${c.id} ${status === 'open' ? 'open' : status.toUpperCase()}`;
    })
    .join(' · ');
}

function whatHappened(frame: Frame, scenario: Scenario, say: Describer): string {
  const event = frame.event;
  if (frame.kind === 'start') return 'Start.';
  if (!event) return oneLine(frame.narration);
  // A what-if's narration already says what was tried ("What if… North: demolish (…)").
  if (frame.kind === 'what-if') return `${oneLine(frame.narration)} [what-if]`;
  const channels = new Map(scenario.channels.map((c) => [c.id, c]));
  const summary = eventSummary(event, channels, say).replace(/\.$/, '');
  const who = summary.charAt(0).toUpperCase() + summary.slice(1);
  const tag = event.tag === 'counterfactual' ? ' [counterfactual]' : '';
  const narration = event.narrate ? ` — ${oneLine(event.narrate)}` : '';
  return `${who}${narration}${tag}`;
}

function frameLines(frame: Frame, scenario: Scenario, say: Describer): string[] {
  const when = shortTime(frame.at, scenario.zone);
  const lines = [
    `${when}  ${whatHappened(frame, scenario, say)}  [${compactStatuses(scenario, frame.channels)}]`,
  ];
  for (const refusal of frame.refused) lines.push(`    refused: ${refusal.message}`);
  for (const e of frame.expectations)
    if (!e.ok)
      lines.push(
        `    !!! EXPECTATION FAILED: ${e.channel} should be ${e.expected} but is ${e.actual} (${frame.channels[e.channel]?.reason ?? 'no such channel'})`,
      );
  return lines;
}

/** A step's class questions, under its line; their answers only when asked for. */
function questionLines(questions: readonly Question[], answers: boolean): string[] {
  const words = wordsFor('en').questions;
  return questions.flatMap((q) => [
    `    ${words.ask(oneLine(q.ask))}`,
    ...(answers ? [`    ${words.answer(oneLine(q.answer))}`] : []),
  ]);
}

function questionSummary(timeline: Timeline, answers: boolean): string[] {
  const { questions } = timeline.scenario;
  if (questions.length === 0) return [];
  const words = wordsFor('en').questions;
  const unshown = unshownQuestions(timeline.frames, questions).length;
  return [`  ${words.count(questions.length, unshown)}`, ...(answers ? [] : [`  ${words.answersHint}`])];
}

function channelTable(scenario: Scenario, views: Views): string[] {
  const width = Math.max(...scenario.channels.map((c) => displayWidth(c.name)));
  return scenario.channels.map((c) => {
    const view = views[c.id];
    const status = padEnd((view?.status ?? 'closed').toUpperCase(), 8);
    return `  ${padEnd(c.name, width)}  ${status}  ${view?.reason ?? ''}`;
  });
}

export function reachLine(scenario: Scenario, reach: PairReach, say: Describer): string {
  const pair = `${say.party(reach.from)} ⇄ ${say.party(reach.to)}`;
  if (!reach.reachable) return `${pair}: cannot reach each other: no channel is open`;
  const name = (id: string) => scenario.channels.find((c) => c.id === id)?.name ?? id;
  const via = reach.direct.map(name);
  const indirect = reach.indirect.length > 0 ? `, plus ${reach.indirect.length} route(s) through others` : '';
  const last =
    reach.lastLinks.length > 0
      ? `; last link: ${reach.lastLinks.map(name).join(', ')}`
      : '; no single last link';
  // Out of the channels between these two, as the screen counts: not those to third parties.
  return `${pair}: reachable over ${via.length} of ${directChannels(scenario, reach).length} channels (${via.join(', ')})${indirect}${last}`;
}

function header(scenario: Scenario): string[] {
  const lines = [
    scenario.title,
    `${formatLong(scenario.start, scenario.zone)} to ${formatLong(scenario.end, scenario.zone)} (${scenario.id})`,
  ];
  if (scenario.summary) lines.push(oneLine(scenario.summary));
  return lines;
}

function atMoment(timeline: Timeline, at: number, say: Describer, answers: boolean): string[] {
  const { scenario } = timeline;
  const frame = frameAt(timeline, at);
  const asked = questionsByFrame(timeline.frames, scenario.questions).get(frame.index) ?? [];
  const place = sayMomentPlace(
    wordsFor('en'),
    placeMoment(timeline.frames, at),
    at,
    timeline.frames,
    scenario.zone,
  );
  return [
    `At ${formatLong(at, scenario.zone)}, as of frame ${frame.index + 1} of ${timeline.frames.length}:`,
    ...(place ? [place] : []),
    ...frameLines(frame, scenario, say).map((l) => `  ${l}`),
    ...questionLines(asked, answers).map((l) => `  ${l}`),
    '',
    ...channelTable(scenario, frame.channels),
    '',
    reachLine(scenario, reachSides(scenario, frame.channels), say),
  ];
}

/**
 * `answers`: print each question's answer under it. Off by default, so the report can be
 * shown to a class without giving the answers away.
 */
export function formatRunText(timeline: Timeline, options: { at?: number; answers?: boolean } = {}): string {
  const { scenario } = timeline;
  const say = describerFor(scenario);
  const answers = options.answers ?? false;
  if (options.at !== undefined)
    return [...header(scenario), '', ...atMoment(timeline, options.at, say, answers), ''].join('\n');
  const asked = questionsByFrame(timeline.frames, scenario.questions);

  const outcome = runOutcome(timeline);
  const events = timeline.frames.filter((f) => f.event !== null).length;
  const checks = timeline.frames.filter((f) => f.kind === 'checks').length;
  const lines = [
    ...header(scenario),
    '',
    ...timeline.frames.flatMap((f, i) => [
      ...frameLines(f, scenario, say),
      ...questionLines(asked.get(i) ?? [], answers),
    ]),
    '',
    'Summary',
    `  frames: ${timeline.frames.length} (${events} events, ${checks} routine checks)`,
    `  expectations: ${outcome.passed} passed, ${outcome.failed} failed${outcome.failed > 0 ? '  !!!' : ''}`,
    ...questionSummary(timeline, answers),
    `  at the end (${formatLong(outcome.last.at, scenario.zone)}):`,
    ...channelTable(scenario, outcome.last.channels).map((l) => `  ${l}`),
    `  ${reachLine(scenario, outcome.reach, say)}`,
    '',
    ...debriefText(debrief(timeline), scenario),
  ];
  return `${lines.join('\n')}\n`;
}
