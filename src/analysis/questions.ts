import type { Question } from '../model/scenario.js';
import type { Frame } from '../timeline/frame.js';
import { indexAtOrAfter } from '../timeline/frameAt.js';

/**
 * Where each question shows: at the first frame at or after its `at`. A question later than
 * every frame shows nowhere in the stepper (a handout still lists it). Questions keep their
 * file order within a frame.
 */
export function questionsByFrame(
  frames: readonly Pick<Frame, 'at'>[],
  questions: readonly Question[],
): Map<number, Question[]> {
  const byFrame = new Map<number, Question[]>();
  for (const question of questions) {
    const index = indexAtOrAfter(frames, question.at);
    if (index === frames.length) continue;
    const list = byFrame.get(index);
    if (list) list.push(question);
    else byFrame.set(index, [question]);
  }
  return byFrame;
}

/** The questions to ask at one frame (empty for most frames). */
export function questionsAt(
  frames: readonly Pick<Frame, 'at'>[],
  questions: readonly Question[],
  frameIndex: number,
): Question[] {
  return questionsByFrame(frames, questions).get(frameIndex) ?? [];
}

/** The file positions (indexes into `questions`) of the questions no frame will show. */
export function unshownQuestions(
  frames: readonly Pick<Frame, 'at'>[],
  questions: readonly Question[],
): number[] {
  const last = frames.at(-1);
  return last === undefined ? questions.map((_, i) => i) : questionsAfter(last.at, questions);
}

/**
 * The file positions of the questions later than `lastAt`, when a run's last frame stands:
 * frames are in time order, so no frame shows them (what a verdict, which keeps no frames, reads).
 */
export function questionsAfter(lastAt: number, questions: readonly Question[]): number[] {
  return questions.flatMap((q, i) => (q.at > lastAt ? [i] : []));
}
