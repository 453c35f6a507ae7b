/**
 * Things worth telling an author that do not stop the file from loading: today, a class
 * question that no step of the run will ever show.
 */
import { unshownQuestions } from '../analysis/questions.js';
import type { Scenario } from '../model/scenario.js';
import { localTime } from '../time/clock.js';
import type { Timeline } from '../timeline/timeline.js';
import type { Words } from '../words/index.js';
import type { Path } from './locate.js';
import type { Problem } from './problem.js';

export function scenarioWarnings(
  scenario: Scenario,
  timeline: Timeline,
  place: (path: Path, message: string) => Problem,
  { questions: words, time }: Words,
): Problem[] {
  const when = (at: number) => time.dateTime(localTime(at, scenario.zone));
  const last = timeline.frames[timeline.frames.length - 1]!;
  return unshownQuestions(timeline.frames, scenario.questions).map((i) =>
    place(['questions', i, 'at'], words.neverShown(when(scenario.questions[i]!.at), when(last.at))),
  );
}
