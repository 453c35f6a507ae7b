/**
 * The plain, readable run: one line per frame, failed expectations marked loudly, and a
 * summary. Also what `liaison-sim` prints when stdout is not a terminal.
 */
import { debrief } from '../analysis/debrief.js';
import { eventPhrase } from '../channels/registry.js';
import { viewWords } from '../channels/status.js';
import { questionsByFrame, unshownQuestions } from '../analysis/questions.js';
import { reachSides } from '../analysis/reachability.js';
import { statusOf, type Question, type Scenario } from '../model/scenario.js';
import { displayWidth, padEnd } from '../text/width.js';
import { formatClock, localTime, toIsoDate } from '../time/clock.js';
import type { Frame } from '../timeline/frame.js';
import { checkNarration } from '../timeline/narrate.js';
import type { Timeline } from '../timeline/timeline.js';
import { placeMoment } from '../timeline/frameAt.js';
import { sayMomentPlace } from '../words/moment.js';
import { debriefLines } from '../words/debrief.js';
import type { Lang } from '../words/lang.js';
import { reachLine } from '../words/reach.js';
import { speakerFor, type Speaker } from '../words/speaker.js';
import { frameAt, runOutcome, type Views } from './outcome.js';
import type { Zone } from '../time/zone.js';
import { own } from '../model/own.js';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** "2019-03-22 10:00" in the scenario's own offset. */
export function shortTime(at: number, zone: Zone): string {
  return `${toIsoDate(at, zone)} ${formatClock(localTime(at, zone).minutes)}`;
}

/** "office open · liaison CLOSED": closed and degraded stand out in capitals. */
function compactStatuses(scenario: Scenario, views: Views, say: Speaker): string {
  return scenario.channels
    .map((c) => {
      const status = statusOf(views[c.id]);
      return `${c.id} ${status === 'open' ? say.words.state.open : say.words.status[status]}`;
    })
    .join(' · ');
}

function whatHappened(frame: Frame, scenario: Scenario, say: Speaker): string {
  const w = say.words.report;
  const event = frame.event;
  if (frame.kind === 'start') return w.start;
  if (frame.kind === 'checks')
    return checkNarration(frame.checks, say.channelName, frame.at, scenario.zone, say.lang);
  if (!event) return oneLine(frame.narration);
  // A what-if's narration already says what was tried ("What if… North: demolish (…)").
  if (frame.kind === 'what-if') return `${oneLine(frame.narration)} ${w.whatIfTag}`;
  // What happened as the kind phrases it, as on the board and the handout (run --json keeps
  // the file's action id); a context event is its actor and narration.
  const tag = event.tag === 'counterfactual' ? ` ${w.counterfactualTag}` : '';
  // Context that names no one is its narration alone.
  if (event.do === null && event.side === null) return `${oneLine(event.narrate)}${tag}`;
  const summary = event.do === null ? say.actor(event.side) : eventPhrase(say.lang, event, say);
  const who = summary.charAt(0).toUpperCase() + summary.slice(1);
  const narration = event.narrate ? ` — ${oneLine(event.narrate)}` : '';
  return `${who}${narration}${tag}`;
}

function frameLines(frame: Frame, scenario: Scenario, say: Speaker): string[] {
  const w = say.words.report;
  const when = shortTime(frame.at, scenario.zone);
  const lines = [
    `${when}  ${whatHappened(frame, scenario, say)}  [${compactStatuses(scenario, frame.channels, say)}]`,
  ];
  for (const refusal of frame.refused) lines.push(`    ${w.refused(refusal.said[say.lang])}`);
  for (const e of frame.expectations)
    if (!e.ok) {
      const view = own(frame.channels, e.channel);
      const spec = say.channel(e.channel);
      const why = view && spec ? viewWords(say.lang, spec, view, say).reason : w.noSuchChannel;
      lines.push(`    ${w.failed(e.channel, e.expected, e.actual, why)}`);
    }
  return lines;
}

/** A step's class questions, under its line; their answers only when asked for. */
function questionLines(questions: readonly Question[], answers: boolean, say: Speaker): string[] {
  const words = say.words.questions;
  return questions.flatMap((q) => [
    `    ${words.ask(oneLine(q.ask))}`,
    ...(answers ? [`    ${words.answer(oneLine(q.answer))}`] : []),
  ]);
}

function questionSummary(timeline: Timeline, answers: boolean, say: Speaker): string[] {
  const { questions } = timeline.scenario;
  if (questions.length === 0) return [];
  const words = say.words.questions;
  const unshown = unshownQuestions(timeline.frames, questions).length;
  return [`  ${words.count(questions.length, unshown)}`, ...(answers ? [] : [`  ${words.answersHint}`])];
}

function channelTable(scenario: Scenario, views: Views, say: Speaker): string[] {
  const width = Math.max(...scenario.channels.map((c) => displayWidth(c.name)));
  const statusWidth = Math.max(...Object.values(say.words.status).map(displayWidth));
  return scenario.channels.map((c) => {
    const view = views[c.id];
    const status = padEnd(say.words.status[statusOf(view)], statusWidth);
    const reason = view ? viewWords(say.lang, c, view, say).reason : '';
    return `  ${padEnd(c.name, width)}  ${status}  ${reason}`;
  });
}

function header(scenario: Scenario, say: Speaker): string[] {
  const lines = [
    scenario.title,
    say.words.report.period(say.long(scenario.start), say.long(scenario.end), scenario.id),
  ];
  if (scenario.summary) lines.push(oneLine(scenario.summary));
  return lines;
}

function atMoment(timeline: Timeline, at: number, say: Speaker, answers: boolean): string[] {
  const { scenario } = timeline;
  const frame = frameAt(timeline, at);
  const asked = questionsByFrame(timeline.frames, scenario.questions).get(frame.index) ?? [];
  const place = sayMomentPlace(
    say.words,
    placeMoment(timeline.frames, at),
    at,
    timeline.frames,
    scenario.zone,
  );
  return [
    say.words.report.atMoment(say.long(at), frame.index + 1, timeline.frames.length),
    ...(place ? [place] : []),
    ...frameLines(frame, scenario, say).map((l) => `  ${l}`),
    ...questionLines(asked, answers, say).map((l) => `  ${l}`),
    '',
    ...channelTable(scenario, frame.channels, say),
    '',
    reachLine(scenario, reachSides(scenario, frame.channels), say),
  ];
}

/**
 * `answers`: print each question's answer under it. Off by default, so the report can be
 * shown to a class without giving the answers away.
 */
export function formatRunText(
  timeline: Timeline,
  options: { at?: number; answers?: boolean; lang?: Lang } = {},
): string {
  const { scenario } = timeline;
  const say = speakerFor(scenario, options.lang);
  const w = say.words.report;
  const answers = options.answers ?? false;
  if (options.at !== undefined)
    return [...header(scenario, say), '', ...atMoment(timeline, options.at, say, answers), ''].join('\n');
  const asked = questionsByFrame(timeline.frames, scenario.questions);

  const outcome = runOutcome(timeline);
  const events = timeline.frames.filter((f) => f.event !== null).length;
  const checks = timeline.frames.filter((f) => f.kind === 'checks').length;
  const lines = [
    ...header(scenario, say),
    '',
    ...timeline.frames.flatMap((f, i) => [
      ...frameLines(f, scenario, say),
      ...outcome.reachExpectations
        .filter((r) => !r.ok && r.frame === i)
        .map((r) => `    ${w.reachFailed(r.about, r.expected, r.actual, r.checkpoint)}`),
      ...questionLines(asked.get(i) ?? [], answers, say),
    ]),
    '',
    w.summary,
    `  ${w.frames(timeline.frames.length, events, checks)}`,
    `  ${w.expectations(outcome.passed, outcome.failed)}`,
    ...questionSummary(timeline, answers, say),
    `  ${w.atEnd(say.long(outcome.last.at))}`,
    ...channelTable(scenario, outcome.last.channels, say).map((l) => `  ${l}`),
    `  ${reachLine(scenario, outcome.reach, say)}`,
    '',
    ...debriefLines(debrief(timeline), scenario, say),
  ];
  return `${lines.join('\n')}\n`;
}
