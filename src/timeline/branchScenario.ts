import { eventPhrase } from '../channels/registry.js';
import { type Question, type Scenario, type ScenarioEvent } from '../model/scenario.js';
import type { Lang } from '../words/lang.js';
import { speakerFor } from '../words/speaker.js';
import type { Frame } from './frame.js';
import { indexAtOrAfter } from './frameAt.js';
import type { Timeline } from './timeline.js';
import { toEvent } from './whatIf.js';
import { channelsConcerned, sameStanding } from './concerns.js';

/** Keeps only the expectations that still hold in the branch: history's may not. */
function expectationsThatHold(event: ScenarioEvent, frame: Frame): ScenarioEvent {
  const held = new Set(frame.expectations.filter((e) => e.ok).map((e) => e.channel));
  return { ...event, expect: event.expect.filter((e) => held.has(e.channel)) };
}

/**
 * Whether a question's answer still holds in the branch. A question was written for the
 * board history shows when it is asked: where the channels it is about (those it names, or
 * stands on in a status its ask names; else its moment's own) stand the same, for the same
 * reasons, in the branch, the question and its answer still fit.
 */
export function answerHolds(question: Question, history: Timeline, branch: Timeline): boolean {
  const asked = history.frames[indexAtOrAfter(history.frames, question.at)];
  const there = branch.frames[indexAtOrAfter(branch.frames, question.at)];
  if (asked === undefined) return there === undefined;
  const text = `${question.ask}\n${question.answer}`;
  return sameStanding(channelsConcerned(history.scenario, asked, text, question.ask), asked, there);
}

/**
 * Whether the author's narration of a later event still fits the branch: where the channels
 * it is about stand, just before the event and just after, as they did in history.
 */
function narrationHolds(
  frame: Frame,
  history: Timeline,
  branch: Timeline,
  byEvent: Map<number, number>,
): boolean {
  const index = byEvent.get(frame.eventIndex ?? -1);
  if (index === undefined) return false;
  const then = history.frames[index]!;
  const event = frame.event!;
  // An act's narration is about the channels it acts on; a note's, about what it names.
  const channels =
    event.channels.length > 0 ? event.channels : channelsConcerned(history.scenario, then, event.narrate);
  return (
    sameStanding(channels, then, frame) &&
    sameStanding(channels, history.frames[index - 1], branch.frames[frame.index - 1])
  );
}

/**
 * A what-if branch as a scenario of its own, to save and share: the events up to the
 * branch point as history, then the what-if and what the branch simulated after it, tagged
 * counterfactual. Later scripted events that could not happen in the branch are left out;
 * a later narration the branch contradicts gives way to the simulator's own words (a note
 * with no act is left out), and later questions whose answer no longer holds are left out:
 * the summary says how many of each.
 */
export function branchScenario(branch: Timeline, number: number, lang: Lang = 'en'): Scenario {
  const origin = branch.origin;
  if (!origin) throw new Error('not a what-if branch');
  const { scenario } = branch;
  const say = speakerFor(scenario, lang);
  const words = say.words.whatIf;
  const fromAt = branch.frames[origin.fromIndex]!.at;
  const { whatIf } = origin;
  const phrase = eventPhrase(lang, toEvent(whatIf, fromAt), say);
  // The summary says once that the run is simulated from here: the what-if's own narration
  // (worded for the screen, where no summary is shown) does not say it again.
  const history = origin.base;
  const byEvent = new Map(
    history.frames.flatMap((f) => (f.eventIndex === null ? [] : [[f.eventIndex, f.index]])),
  );
  let retold = 0;
  const events = branch.frames
    .filter((frame) => frame.event !== null && frame.refused.length === 0)
    .flatMap((frame): ScenarioEvent[] => {
      const event = frame.event!;
      if (frame.index <= origin.fromIndex) return [event];
      const counterfactual = { ...expectationsThatHold(event, frame), tag: 'counterfactual' as const };
      if (frame.kind === 'what-if') return [{ ...counterfactual, narrate: words.savedNarration(phrase) }];
      if (event.narrate === '' || narrationHolds(frame, history, branch, byEvent)) return [counterfactual];
      // Told otherwise in the branch: an act keeps the simulator's own words, a note that
      // only told the story (no act to word) is left out.
      retold++;
      return event.do === null ? [] : [{ ...counterfactual, narrate: '' }];
    });
  const questions = scenario.questions.filter((q) => q.at <= fromAt || answerHolds(q, history, branch));
  const leftOut = scenario.questions.length - questions.length;
  return {
    ...scenario,
    id: `${scenario.id}-what-if-${number}`,
    title: words.savedTitle(scenario.title, number),
    summary: [
      words.savedSummary(scenario.title, say.dateTime(fromAt), phrase),
      ...(retold > 0 ? [words.narrationsRetold(retold)] : []),
      ...(leftOut > 0 ? [words.questionsLeftOut(leftOut)] : []),
    ].join(' '),
    events,
    questions,
  };
}
