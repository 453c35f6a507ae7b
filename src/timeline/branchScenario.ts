import { eventPhrase } from '../channels/registry.js';
import { statusOf, type Question, type Scenario, type ScenarioEvent } from '../model/scenario.js';
import type { Lang } from '../words/lang.js';
import { speakerFor } from '../words/speaker.js';
import type { Frame } from './frame.js';
import { indexAtOrAfter } from './frameAt.js';
import type { Timeline } from './timeline.js';
import { toEvent } from './whatIf.js';

/** Keeps only the expectations that still hold in the branch: history's may not. */
function expectationsThatHold(event: ScenarioEvent, frame: Frame): ScenarioEvent {
  const held = new Set(frame.expectations.filter((e) => e.ok).map((e) => e.channel));
  return { ...event, expect: event.expect.filter((e) => held.has(e.channel)) };
}

const statusesAt = (timeline: Timeline, at: number): string | null => {
  const frame = timeline.frames[indexAtOrAfter(timeline.frames, at)];
  if (!frame) return null;
  return timeline.scenario.channels.map((c) => statusOf(frame.channels[c.id])).join(' ');
};

/**
 * Whether a question's answer still holds in the branch. A question was written for the
 * board history shows when it is asked; where every channel stands the same in the branch,
 * the question and its answer still fit. Where any channel stands otherwise, the answer was
 * about a board the branch no longer has.
 */
export function answerHolds(question: Question, history: Timeline, branch: Timeline): boolean {
  return statusesAt(history, question.at) === statusesAt(branch, question.at);
}

/**
 * A what-if branch as a scenario of its own, to save and share: the events up to the
 * branch point as history, then the what-if and what the branch simulated after it, tagged
 * counterfactual. Later scripted events that could not happen in the branch are left out;
 * so are later questions whose answer no longer holds, and the summary says how many.
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
  const events = branch.frames
    .filter((frame) => frame.event !== null && frame.refused.length === 0)
    .map((frame) =>
      frame.index > origin.fromIndex
        ? {
            ...expectationsThatHold(frame.event!, frame),
            ...(frame.kind === 'what-if' ? { narrate: words.savedNarration(phrase) } : {}),
            tag: 'counterfactual' as const,
          }
        : frame.event!,
    );
  const questions = scenario.questions.filter((q) => q.at <= fromAt || answerHolds(q, origin.base, branch));
  const leftOut = scenario.questions.length - questions.length;
  return {
    ...scenario,
    id: `${scenario.id}-what-if-${number}`,
    title: words.savedTitle(scenario.title, number),
    summary: [
      words.savedSummary(scenario.title, say.dateTime(fromAt), phrase),
      ...(leftOut > 0 ? [words.questionsLeftOut(leftOut)] : []),
    ].join(' '),
    events,
    questions,
  };
}
