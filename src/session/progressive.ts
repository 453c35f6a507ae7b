/**
 * The session's progressive path, for the interactive screen: the start frame at once, the
 * rest simulated in slices between renders. Nothing differs from the one-shot run but when
 * the frames arrive (test/session/progressive.property.test.ts checks it).
 */
import { loadScenario, type Speak } from '../scenario/load.js';
import { failed, type Failed, type Problem } from '../scenario/problem.js';
import type { Scenario } from '../model/scenario.js';
import { startSimulation, type Simulation } from '../timeline/simulate.js';
import type { Timeline } from '../timeline/timeline.js';
import { internalProblem, refusalProblems, type Loaded } from './open.js';
import type { Lang } from '../words/lang.js';

/** What the screen watches while the history is simulated behind it. */
export interface SimulationFeed {
  /** The frames so far; the same object throughout, growing. */
  readonly timeline: Timeline;
  readonly done: boolean;
  /** Located problems once the run meets one (a refused history event): the file is bad input. */
  readonly problems: readonly Problem[];
  /** Called after each slice that the screen should show; returns the unsubscribe. The first call starts the slicing. */
  subscribe(listener: () => void): () => void;
  /** Stops simulating (the screen was closed). */
  stop(): void;
}

export interface SliceOptions {
  /** Milliseconds of simulation per slice before yielding to input and rendering. */
  sliceMs?: number;
  /** Schedule steps simulated between two looks at the clock. */
  stepsPerLook?: number;
  /** Least milliseconds between two notifications (each one re-renders the screen). */
  notifyEveryMs?: number;
  /** How to wait between slices (setImmediate; tests pass their own). */
  schedule?: (next: () => void) => void;
}

/**
 * Simulates `simulation` in slices on the event loop, from the first subscription on,
 * telling subscribers as frames arrive.
 */
export function feedInSlices(
  loaded: Loaded,
  simulation: Simulation,
  options: SliceOptions = {},
): SimulationFeed {
  // A notification redraws the screen, which costs about as much as a slice: a few a second
  // fill the counter and the strip in as the run goes, and leave the time to the simulation.
  const { sliceMs = 12, stepsPerLook = 64, notifyEveryMs = 250, schedule = setImmediate } = options;
  const listeners = new Set<() => void>();
  let problems: readonly Problem[] = [];
  let stopped = false;
  let notified = 0;
  const notify = () => {
    notified = performance.now();
    for (const listener of [...listeners]) listener();
  };
  const slice = () => {
    if (stopped) return;
    const until = performance.now() + sliceMs;
    try {
      while (!simulation.advance(stepsPerLook) && performance.now() < until);
    } catch (error) {
      problems = [internalProblem(loaded.file, error, loaded.words.problems)];
    }
    const { refusals } = simulation.timeline;
    if (problems.length === 0 && refusals.length > 0) problems = refusalProblems(loaded, refusals);
    if (problems.length > 0) stopped = true;
    if (stopped || simulation.done || performance.now() - notified >= notifyEveryMs) notify();
    if (!stopped && !simulation.done) schedule(slice);
  };
  // Slicing starts with the first subscriber: before the screen is there to watch, slices
  // would only hold up its first frame (they ran while the UI code was still loading).
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    if (!simulation.done) schedule(slice);
  };
  return {
    timeline: simulation.timeline,
    get done() {
      return simulation.done;
    },
    get problems() {
      return problems;
    },
    subscribe(listener) {
      listeners.add(listener);
      start();
      return () => listeners.delete(listener);
    },
    stop() {
      stopped = true;
    },
  };
}

/** Either way, `lang` is the language its words are in (the problems found later too). */
export type OpenedProgressively =
  { ok: true; file: string; scenario: Scenario; feed: SimulationFeed; lang: Lang } | Failed;

/** Loads `arg` and starts simulating it in slices; the start frame is there on return. */
export function openProgressively(
  arg: string,
  options: SliceOptions = {},
  speak: Speak = 'en',
): OpenedProgressively {
  const loaded = loadScenario(arg, speak);
  if (!loaded.ok) return loaded;
  const { lang } = loaded;
  try {
    const feed = feedInSlices(loaded, startSimulation(loaded.scenario), options);
    return { ok: true, file: loaded.file, scenario: loaded.scenario, feed, lang };
  } catch (error) {
    return failed([internalProblem(loaded.file, error, loaded.words.problems)], lang);
  }
}
