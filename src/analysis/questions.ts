import type { Question } from '../model/scenario.js';
import type { Frame } from '../timeline/frame.js';

/** The index of the first frame at or after `at`, or -1 when every frame is earlier. */
export function firstFrameAtOrAfter(frames: readonly Pick<Frame, 'at'>[], at: number): number {
  let low = 0;
  let high = frames.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (frames[middle]!.at < at) low = middle + 1;
    else high = middle;
  }
  return low < frames.length ? low : -1;
}

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
    const index = firstFrameAtOrAfter(frames, question.at);
    if (index < 0) continue;
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
