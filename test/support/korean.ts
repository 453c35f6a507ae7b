import { openScenario, formatProblem } from '../../src/session/open.js';
import type { Timeline } from '../../src/timeline/timeline.js';

/** The bundled Korean edition of the default scenario, simulated. */
export function koreanTimeline(id = 'march-2019-withdrawal-ko'): Timeline {
  const result = openScenario(id);
  if (!result.ok) throw new Error(result.problems.map((p) => formatProblem(p)).join('\n'));
  return result.timeline;
}
