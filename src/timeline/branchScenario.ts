import type { Scenario, ScenarioEvent } from '../model/scenario.js';
import { formatDateTime } from '../time/clock.js';
import type { Frame } from './frame.js';
import type { Timeline } from './timeline.js';

/** Keeps only the expectations that still hold in the branch: history's may not. */
function expectationsThatHold(event: ScenarioEvent, frame: Frame): ScenarioEvent {
  const held = new Set(frame.expectations.filter((e) => e.ok).map((e) => e.channel));
  return { ...event, expect: event.expect.filter((e) => held.has(e.channel)) };
}

/**
 * A what-if branch as a scenario of its own, to save and share: the events up to the
 * branch point, the what-if (tagged counterfactual), then the later events that could
 * still happen in the branch. Questions after the branch point are about history, so
 * they are left out.
 */
export function branchScenario(branch: Timeline, number: number): Scenario {
  const origin = branch.origin;
  if (!origin) throw new Error('not a what-if branch');
  const { scenario } = branch;
  const fromAt = branch.frames[origin.fromIndex]!.at;
  const events = branch.frames
    .filter((frame) => frame.event !== null && frame.refused.length === 0)
    .map((frame) =>
      frame.index > origin.fromIndex ? expectationsThatHold(frame.event!, frame) : frame.event!,
    );
  const whatIf = branch.frames[origin.fromIndex + 1];
  return {
    ...scenario,
    id: `${scenario.id}-what-if-${number}`,
    title: `${scenario.title} (what if #${number})`,
    summary: [
      `A what-if branch of "${scenario.title}" at ${formatDateTime(fromAt, scenario.zone)}:`,
      `${whatIf?.narration ?? ''} Not history: what follows is simulated.`,
    ].join(' '),
    events,
    questions: scenario.questions.filter((q) => q.at <= fromAt),
  };
}
