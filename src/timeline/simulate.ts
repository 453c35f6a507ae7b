import { createActor } from 'xstate';
import { simulationMachine, type ChannelInit } from '../machines/simulationMachine.js';
import type { ChannelSpec, Scenario } from '../model/scenario.js';
import { endOf } from './deliveries.js';
import { DEFAULT_CHECKPOINT_EVERY, Runner } from './runner.js';
import { buildSchedule } from './schedule.js';
import type { Timeline } from './timeline.js';

export interface SimulateOptions {
  /** Frames between stored checkpoints: fewer means less memory, slower restore. */
  checkpointEvery?: number;
}

/** The input of the child actor for one channel, at the scenario's start. */
export function channelInit(spec: ChannelSpec, at: number): ChannelInit {
  const history = {
    ...(spec.initial.since === undefined ? {} : { since: spec.initial.since }),
    ...(spec.initial.cause === undefined ? {} : { cause: spec.initial.cause }),
  };
  if (spec.kind === 'hotline')
    return {
      id: spec.id,
      kind: 'hotline',
      input: {
        at,
        line: spec.initial.line,
        silent: spec.initial.silent.flatMap((party) => endOf(spec, party) ?? []),
        calls: spec.initial.calls,
        ...history,
      },
    };
  const [a, b] = spec.between;
  const staffing = (party: string) => ({
    full: spec.staff[party] ?? 0,
    count: spec.initial.staff[party] ?? spec.staff[party] ?? 0,
  });
  return {
    id: spec.id,
    kind: 'liaison-office',
    input: { at, facility: spec.initial.facility, staff: { a: staffing(a), b: staffing(b) }, ...history },
  };
}

/** Runs a scenario from start to end. Deterministic: same scenario, same frames. */
export function simulate(scenario: Scenario, options: SimulateOptions = {}): Timeline {
  const actor = createActor(simulationMachine, {
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
