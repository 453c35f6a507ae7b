import { createActor } from 'xstate';
import { kindOf } from '../channels/registry.js';
import { simulationRoot, type ChannelInit } from '../machines/simulationMachine.js';
import type { ChannelSpec, Scenario } from '../model/scenario.js';
import { DEFAULT_CHECKPOINT_EVERY, Runner, type RunRecord, type Verdict } from './runner.js';
import { Schedule } from './schedule.js';
import type { Timeline } from './timeline.js';

export type { Verdict };

export interface SimulateOptions {
  /** Frames between stored checkpoints: fewer means less memory, slower restore. */
  checkpointEvery?: number;
  /**
   * False for a run that is only reported (run, export): no checkpoints or replay inputs are
   * kept, so no frame can be restored for a what-if, and a long run takes far less memory.
   */
  replay?: boolean;
}

/** The input of the child actor for one channel, at the scenario's start. */
export function channelInit(spec: ChannelSpec, at: number): ChannelInit {
  return { id: spec.id, kind: spec.kind, input: kindOf(spec.kind).input(spec, at) };
}

/**
 * A run that is simulated a slice at a time: `timeline` holds the frames simulated so far
 * and grows with each `advance`; its frames are exactly those of the one-shot run.
 */
export interface Simulation {
  readonly timeline: Timeline;
  /** True once every step of the schedule has been simulated. */
  readonly done: boolean;
  /** Simulates up to `steps` more schedule steps; returns `done`. */
  advance(steps: number): boolean;
}

/** A started root actor for the scenario and a runner over its schedule, recording into `record`. */
function startRunner(scenario: Scenario, record: RunRecord) {
  const actor = createActor(simulationRoot(), {
    input: {
      start: scenario.start,
      channels: scenario.channels.map((spec) => channelInit(spec, scenario.start)),
    },
  });
  actor.start();
  const schedule = new Schedule(scenario);
  const runner = new Runner(scenario, schedule, actor, record);
  runner.recordStart();
  return { actor, schedule, runner };
}

/** Starts a run: the start frame is recorded, the rest waits for `advance`. */
export function startSimulation(scenario: Scenario, options: SimulateOptions = {}): Simulation {
  const replay =
    options.replay === false
      ? null
      : {
          inputs: [],
          checkpoints: new Map(),
          checkpointEvery: Math.max(1, options.checkpointEvery ?? DEFAULT_CHECKPOINT_EVERY),
        };
  const { actor, schedule, runner } = startRunner(scenario, { frames: [], refusals: [], replay });
  // The timeline shares the runner's growing records, so it fills in as the run goes.
  const timeline = runner.finish();
  let next = 0;
  // The schedule is made as the run goes: done once no step is left after the last applied.
  const isDone = () => schedule.at(next) === undefined;
  const finishIfDone = () => {
    const done = isDone();
    if (done) actor.stop();
    return done;
  };
  finishIfDone();
  return {
    timeline,
    get done() {
      return isDone();
    },
    advance(count: number): boolean {
      if (isDone()) return true;
      next = runner.runSteps(next, next + Math.max(1, count));
      return finishIfDone();
    },
  };
}

/** Runs a scenario from start to end. Deterministic: same scenario, same frames. */
export function simulate(scenario: Scenario, options: SimulateOptions = {}): Timeline {
  const simulation = startSimulation(scenario, options);
  simulation.advance(Number.POSITIVE_INFINITY);
  return simulation.timeline;
}

/**
 * Runs a scenario from start to end by the same rules as simulate(), keeping only its
 * verdict: no views, narration or checkpoints are made, so a long file takes little memory.
 */
export function judge(scenario: Scenario): Verdict {
  const record: Verdict = { refusals: [], frames: 0, lastAt: scenario.start };
  const { actor, runner } = startRunner(scenario, record);
  runner.runSteps(0);
  actor.stop();
  return record;
}

/** The verdict a full timeline comes to: what judge() finds by the same run. */
export function verdictOf(timeline: Timeline): Verdict {
  return {
    refusals: [...timeline.refusals],
    frames: timeline.frames.length,
    lastAt: timeline.frames.at(-1)!.at,
  };
}
