/**
 * The session's one-shot path: load a scenario, simulate it, and turn the events a
 * channel refused into located problems (an author error in history is bad input).
 */
import type { Scenario } from '../model/scenario.js';
import {
  internalProblem,
  loadScenario,
  parseScenarioText,
  sortProblems,
  type LoadResult,
} from '../scenario/load.js';
import type { Problem } from '../scenario/problem.js';
import { scenarioWarnings } from '../scenario/warnings.js';
import { localTime } from '../time/clock.js';
import { simulate } from '../timeline/simulate.js';
import type { EventRefusal, Timeline } from '../timeline/timeline.js';
import type { Lang } from '../words/lang.js';

export { formatProblem, formatProblems, type Problem } from '../scenario/problem.js';
export { internalProblem } from '../scenario/load.js';

export type Opened =
  | { ok: true; file: string; scenario: Scenario; timeline: Timeline; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

export type Loaded = Extract<LoadResult, { ok: true }>;

/** Refused history events as problems at their `do:` lines, in file order. */
export function refusalProblems(loaded: Loaded, refusals: readonly EventRefusal[]): Problem[] {
  const { scenario, words } = loaded;
  return sortProblems(
    refusals.map((refusal) => {
      const event = scenario.events[refusal.eventIndex]!;
      const when = words.time.dateTime(localTime(event.at, scenario.zone));
      return loaded.place(
        ['events', refusal.eventIndex, 'do'],
        words.problems.refusedAt(when, refusal.said[loaded.lang]),
      );
    }),
  );
}

function simulateLoaded(loaded: LoadResult): Opened {
  if (!loaded.ok) return loaded;
  try {
    const timeline = simulate(loaded.scenario);
    if (timeline.refusals.length > 0)
      return { ok: false, problems: refusalProblems(loaded, timeline.refusals) };
    const warnings = [
      ...loaded.warnings,
      ...scenarioWarnings(loaded.scenario, timeline, loaded.place, loaded.words),
    ];
    return { ok: true, file: loaded.file, scenario: loaded.scenario, timeline, warnings };
  } catch (error) {
    return { ok: false, problems: [internalProblem(loaded.file, error, loaded.words.problems)] };
  }
}

/** `arg` is a path or a bundled id: the simulated scenario, or every problem in it. */
export function openScenario(arg: string, lang: Lang = 'en'): Opened {
  return simulateLoaded(loadScenario(arg, lang));
}

/** Scenario text read as `file`: the simulated scenario, or every problem in it. */
export function openScenarioText(text: string, file: string, lang: Lang = 'en'): Opened {
  return simulateLoaded(parseScenarioText(text, file, lang));
}
