import { createActor, type Actor, type Snapshot } from 'xstate';
import { simulationRoot, type simulationMachine } from '../machines/simulationMachine.js';
import type { Scenario } from '../model/scenario.js';
import { channelMap, contactDeliverer, type ContactDeliverer } from './deliveries.js';
import type { Frame, FrameInput, RefusalNote, StoredInput } from './frame.js';
import type { Schedule } from './schedule.js';
import type { Replay, RunnerState } from './runner.js';
import type { WhatIf } from './whatIf.js';

export type SimulationActor = Actor<typeof simulationMachine>;
/** A persisted snapshot of the whole simulation: plain JSON, children included. */
export type PersistedSimulation = Snapshot<unknown>;

/** A scripted event that a channel refused: an author error in history, a note in a branch. */
export interface EventRefusal extends RefusalNote {
  eventIndex: number;
  frameIndex: number;
}

export interface BranchOrigin {
  base: Timeline;
  fromIndex: number;
  whatIf: WhatIf;
}

/**
 * The result of one run: every frame, plus (unless the run is only reported) what it takes
 * to restore the exact simulation state of any frame: a checkpoint every so many frames and
 * the inputs between.
 */
export class Timeline {
  constructor(
    readonly scenario: Scenario,
    /** The run's steps, made as the run goes and shared with its branches. */
    readonly schedule: Schedule,
    readonly frames: readonly Frame[],
    readonly refusals: readonly EventRefusal[],
    /** Replay inputs and checkpoints (shared with nothing that changes them); null when only reported. */
    private readonly replay: Replay | null,
    readonly origin: BranchOrigin | null = null,
  ) {}

  get isBranch(): boolean {
    return this.origin !== null;
  }

  /** The replay, which a run only reported does not keep. */
  private kept(): Replay {
    if (this.replay === null) throw new Error('this run was simulated to be reported: it keeps no replay');
    return this.replay;
  }

  /** A started actor in the exact state of frame `index`. The caller stops it. */
  restoreActor(index: number): SimulationActor {
    if (!Number.isInteger(index) || index < 0 || index >= this.frames.length)
      throw new RangeError(`frame ${index} is outside 0..${this.frames.length - 1}`);
    const { checkpoints, checkpointEvery } = this.kept();
    let base = Math.floor(index / checkpointEvery) * checkpointEvery;
    while (!checkpoints.has(base)) base -= 1;
    // Restoring revives actor refs inside the snapshot object in place, so each restore
    // takes its own copy, through JSON as a saved snapshot would come back. A restored actor
    // takes no input, though XState's types ask for one.
    const snapshot = JSON.parse(JSON.stringify(checkpoints.get(base)!.persisted())) as PersistedSimulation;
    const options = { snapshot } as Parameters<typeof createActor<typeof simulationMachine>>[1];
    const actor = createActor(simulationRoot(), options);
    actor.start();
    for (let i = base + 1; i <= index; i++) {
      const input = this.inputAt(i);
      if (input) actor.send(input);
    }
    return actor;
  }

  /** What was sent to the simulation root to produce frame `index` (null for the start). */
  inputAt(index: number): FrameInput | undefined {
    const stored = this.kept().inputs[index];
    if (!isCalled(stored)) return stored;
    const at = this.frames[index]!.at;
    this.contacts ??= contactDeliverer(channelMap(this.scenario));
    return { type: 'deliver', at, deliveries: this.contacts(at, stored) };
  }

  private contacts: ContactDeliverer | undefined;

  /** The persisted snapshot of frame `index`: JSON-safe, restorable with createActor. */
  snapshotAt(index: number): PersistedSimulation {
    const actor = this.restoreActor(index);
    const snapshot = actor.getPersistedSnapshot();
    actor.stop();
    return snapshot;
  }

  /** What the runner needs to continue from a frame of this timeline. */
  prefix(index: number): RunnerState {
    const { inputs, checkpoints, checkpointEvery } = this.kept();
    return {
      frames: this.frames.slice(0, index + 1),
      refusals: this.refusals.filter((r) => r.frameIndex <= index),
      replay: {
        inputs: inputs.slice(0, index + 1),
        checkpoints: new Map([...checkpoints].filter(([at]) => at <= index)),
        checkpointEvery,
      },
    };
  }
}

/** A check frame's stored input: the channels it called. */
const isCalled = (stored: StoredInput | undefined): stored is readonly string[] => Array.isArray(stored);

/** What a run's figures are computed from: the scenario and its frames (all, or those so far). */
export type RunFrames = Pick<Timeline, 'scenario' | 'frames'>;

/** The run up to frame `index`, ending there: for figures that must not know what comes later. */
export function runSoFar(timeline: RunFrames, index: number): RunFrames {
  const frames = timeline.frames.slice(0, index + 1);
  const end = Math.min(timeline.scenario.end, frames.at(-1)!.at);
  return { scenario: { ...timeline.scenario, end }, frames };
}
