import { createActor } from 'xstate';
import { kindOf } from '../channels/registry.js';
import { simulationRoot, type ChannelInit } from '../machines/simulationMachine.js';
import type { ChannelSpec, Scenario } from '../model/scenario.js';
import { DEFAULT_CHECKPOINT_EVERY, Runner } from './runner.js';
import { buildSchedule } from './schedule.js';
import type { Timeline } from './timeline.js';

export interface SimulateOptions {
  /** Frames between stored checkpoints: fewer means less memory, slower restore. */
  checkpointEvery?: number;
}

/** The input of the child actor for one channel, at the scenario's start. */
export function channelInit(spec: ChannelSpec, at: number): ChannelInit {
  return { id: spec.id, kind: spec.kind, input: kindOf(spec.kind).input(spec, at) };
}

/** Runs a scenario from start to end. Deterministic: same scenario, same frames. */
export function simulate(scenario: Scenario, options: SimulateOptions = {}): Timeline {
  const actor = createActor(simulationRoot(), {
    input: {
      start: scenario.start,
      channels: scenario.channels.map((spec) => channelInit(spec, scenario.start)),
    },
  });
  actor.start();
  const runner = new Runner(scenario, buildSchedule(scenario), actor, {
    frames: [],
    inputs: [],
    checkpoints: new Map(),
    refusals: [],
    checkpointEvery: Math.max(1, options.checkpointEvery ?? DEFAULT_CHECKPOINT_EVERY),
  });
  runner.recordStart();
  runner.runSteps(0);
  actor.stop();
  return runner.finish();
}
