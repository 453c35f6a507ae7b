/**
 * The session's one-shot path: load a scenario, simulate it, and turn the events a
 * channel refused into located problems (an author error in history is bad input).
 */
import type { Scenario } from '../model/scenario.js';
import { loadScenario, parseScenarioText, sortProblems, type LoadResult } from '../scenario/load.js';
import { problemAtStart, type Problem } from '../scenario/problem.js';
import { scenarioWarnings } from '../scenario/warnings.js';
import { formatDateTime } from '../time/clock.js';
import { simulate } from '../timeline/simulate.js';
import type { EventRefusal, Timeline } from '../timeline/timeline.js';

export { formatProblem, type Problem } from '../scenario/problem.js';

export type Opened =
  | { ok: true; file: string; scenario: Scenario; timeline: Timeline; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

export type Loaded = Extract<LoadResult, { ok: true }>;

/** Refused history events as problems at their `do:` lines, in file order. */
export function refusalProblems(loaded: Loaded, refusals: readonly EventRefusal[]): Problem[] {
  const { scenario } = loaded;
  return sortProblems(
    refusals.map((refusal) => {
      const event = scenario.events[refusal.eventIndex]!;
      const when = formatDateTime(event.at, scenario.zone);
      return loaded.place(['events', refusal.eventIndex, 'do'], `at ${when}, ${refusal.message}`);
    }),
  );
}

/** A bug of ours, not the author's: still a located answer rather than a stack trace. */
export function internalProblem(file: string, error: unknown): Problem {
  const message = error instanceof Error ? error.message : String(error);
  return problemAtStart(file, `internal error while reading the scenario: ${message}`);
}

function simulateLoaded(loaded: LoadResult): Opened {
  if (!loaded.ok) return loaded;
  try {
    const timeline = simulate(loaded.scenario);
    if (timeline.refusals.length > 0)
      return { ok: false, problems: refusalProblems(loaded, timeline.refusals) };
    const warnings = [...loaded.warnings, ...scenarioWarnings(loaded.scenario, timeline, loaded.place)];
    return { ok: true, file: loaded.file, scenario: loaded.scenario, timeline, warnings };
  } catch (error) {
    return { ok: false, problems: [internalProblem(loaded.file, error)] };
  }
}

/** `arg` is a path or a bundled id: the simulated scenario, or every problem in it. */
export function openScenario(arg: string): Opened {
  return simulateLoaded(loadScenario(arg));
}

/** Scenario text read as `file`: the simulated scenario, or every problem in it. */
export function openScenarioText(text: string, file: string): Opened {
  return simulateLoaded(parseScenarioText(text, file));
}
