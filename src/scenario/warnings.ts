/**
 * Things worth telling an author that do not stop the file from loading: today, a class
 * question that no step of the run will ever show.
 */
import { unshownQuestions } from '../analysis/questions.js';
import type { Scenario } from '../model/scenario.js';
import { localTime } from '../time/clock.js';
import type { Frame } from '../timeline/frame.js';
import type { Words } from '../words/index.js';
import type { Path } from './locate.js';
import type { Problem } from './problem.js';

export function scenarioWarnings(
  scenario: Scenario,
  /** When each frame of the run stands (a timeline's frames, or a verdict's). */
  frames: readonly Pick<Frame, 'at'>[],
  place: (path: Path, message: string) => Problem,
  { questions: words, time }: Words,
): Problem[] {
  const when = (at: number) => time.dateTime(localTime(at, scenario.zone));
  const last = frames[frames.length - 1]!;
  return unshownQuestions(frames, scenario.questions).map((i) =>
    place(['questions', i, 'at'], words.neverShown(when(scenario.questions[i]!.at), when(last.at))),
  );
}
