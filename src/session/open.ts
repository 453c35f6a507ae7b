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
  type Speak,
} from '../scenario/load.js';
import { failed, type Failed, type Problem } from '../scenario/problem.js';
import { scenarioWarnings } from '../scenario/warnings.js';
import { localTime } from '../time/clock.js';
import { judge, simulate, verdictOf, type SimulateOptions, type Verdict } from '../timeline/simulate.js';
import type { EventRefusal, Timeline } from '../timeline/timeline.js';
import type { Lang } from '../words/lang.js';

export { formatProblem, formatProblems, type Problem } from '../scenario/problem.js';
export { internalProblem } from '../scenario/load.js';

/** Either way, `lang` is the language its words are in: `--lang`, else the file's own, else the locale's. */
export type Opened =
  | { ok: true; file: string; scenario: Scenario; timeline: Timeline; warnings: Problem[]; lang: Lang }
  | Failed;

/** A scenario checked without keeping its timeline (validate): its warnings, or every problem. */
export type Checked =
  { ok: true; file: string; scenario: Scenario; warnings: Problem[]; lang: Lang } | Failed;

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

/**
 * What a run of a loaded scenario comes to: its refused events as problems, else its
 * warnings. `run` is simulate() for a timeline, judge() when only the verdict is needed;
 * `verdict` reads the verdict off what `run` made.
 */
function runLoaded<R>(
  loaded: LoadResult,
  run: (scenario: Scenario) => R,
  verdict: (result: R) => Verdict,
): { ok: true; loaded: Loaded; result: R; warnings: Problem[] } | Failed {
  if (!loaded.ok) return loaded;
  const { lang } = loaded;
  try {
    const result = run(loaded.scenario);
    const { refusals, lastAt } = verdict(result);
    if (refusals.length > 0) return failed(refusalProblems(loaded, refusals), lang);
    const warnings = [
      ...loaded.warnings,
      ...scenarioWarnings(loaded.scenario, lastAt, loaded.place, loaded.words),
    ];
    return { ok: true, loaded, result, warnings };
  } catch (error) {
    return failed([internalProblem(loaded.file, error, loaded.words.problems)], lang);
  }
}

function simulateLoaded(loaded: LoadResult, options: SimulateOptions = {}): Opened {
  const ran = runLoaded(loaded, (scenario) => simulate(scenario, options), verdictOf);
  if (!ran.ok) return ran;
  const { file, scenario, lang } = ran.loaded;
  return { ok: true, file, scenario, timeline: ran.result, warnings: ran.warnings, lang };
}

/**
 * What `validate` says of `arg` (a path or a bundled id): its warnings, or every problem in
 * it. Only the verdict of its run is worked out; no timeline is kept.
 */
export function validateScenario(arg: string, speak: Speak = 'en'): Checked {
  const ran = runLoaded(loadScenario(arg, speak), judge, (verdict) => verdict);
  if (!ran.ok) return ran;
  const { file, scenario, lang } = ran.loaded;
  return { ok: true, file, scenario, warnings: ran.warnings, lang };
}

/** `arg` is a path or a bundled id: the simulated scenario, or every problem in it. */
export function openScenario(arg: string, speak: Speak = 'en'): Opened {
  return simulateLoaded(loadScenario(arg, speak));
}

/**
 * `arg` opened as openScenario does, for a command that only reports the run (run, export):
 * no frame of it is ever restored, so it keeps no checkpoints or replay inputs.
 */
export function openReported(arg: string, speak: Speak = 'en'): Opened {
  return simulateLoaded(loadScenario(arg, speak), { replay: false });
}

/** Scenario text read as `file`: the simulated scenario, or every problem in it. */
export function openScenarioText(text: string, file: string, speak: Speak = 'en'): Opened {
  return simulateLoaded(parseScenarioText(text, file, speak));
}
