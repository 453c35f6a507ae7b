/**
 * Things worth telling an author that do not stop the file from loading: today, a class
 * question that no step of the run will ever show.
 */
import { questionsAfter } from '../analysis/questions.js';
import type { Scenario } from '../model/scenario.js';
import { localTime } from '../time/clock.js';
import type { Words } from '../words/index.js';
import type { Path } from './locate.js';
import type { Problem } from './problem.js';

export function scenarioWarnings(
  scenario: Scenario,
  /** When the run's last frame stands. */
  lastAt: number,
  place: (path: Path, message: string) => Problem,
  { questions: words, time }: Words,
): Problem[] {
  const when = (at: number) => time.dateTime(localTime(at, scenario.zone));
  return questionsAfter(lastAt, scenario.questions).map((i) =>
    place(['questions', i, 'at'], words.neverShown(when(scenario.questions[i]!.at), when(lastAt))),
  );
}
