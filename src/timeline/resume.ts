import { Runner } from './runner.js';
import type { Timeline } from './timeline.js';

/**
 * Restores frame `index` of a timeline and simulates the rest of its schedule from there.
 * `before` may apply something first (a what-if); without it the result equals the
 * original run, which is what the replay test checks.
 */
export function continueFrom(
  timeline: Timeline,
  index: number,
  before?: (runner: Runner) => void,
  origin: Timeline['origin'] = null,
): Timeline {
  const actor = timeline.restoreActor(index);
  const prefix = timeline.prefix(index);
  const runner = new Runner(timeline.scenario, timeline.schedule, actor, prefix);
  before?.(runner);
  runner.runSteps(scheduleStepOf(timeline, index) + 1);
  actor.stop();
  return runner.finish(origin);
}

/** The schedule position a frame stands at (a what-if frame stands where its parent did). */
function scheduleStepOf(timeline: Timeline, index: number): number {
  for (let i = index; i >= 0; i--) {
    const step = timeline.frames[i]!.stepIndex;
    if (step >= 0) return step;
  }
  return -1;
}
