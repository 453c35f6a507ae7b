import type { AnyActor, AnyMachineSnapshot, Snapshot } from 'xstate';
import type { PersistedSimulation, SimulationActor } from './timeline.js';

/**
 * The simulation's state at one frame, kept as the snapshots XState already made (they are
 * never changed once made) and persisted only when a restore asks for it: persisting every
 * checkpoint up front cost a fifth of the runner's own time, and most are never restored.
 */
export class Checkpoint {
  private persistedForm: PersistedSimulation | null = null;

  private constructor(
    private readonly root: SimulationActor,
    private readonly snapshot: AnyMachineSnapshot,
    private readonly children: ReadonlyMap<string, { actor: AnyActor; snapshot: Snapshot<unknown> }>,
  ) {}

  /** The actor's state now. */
  static of(root: SimulationActor): Checkpoint {
    const snapshot = root.getSnapshot() as AnyMachineSnapshot;
    const children = new Map<string, { actor: AnyActor; snapshot: Snapshot<unknown> }>();
    let nested = false;
    for (const [id, ref] of Object.entries(snapshot.children as Record<string, AnyActor>)) {
      const child = ref.getSnapshot() as Snapshot<unknown> & { children?: object };
      children.set(id, { actor: ref, snapshot: child });
      // A child's own children would be persisted as they stand later: such a state is persisted now.
      if (child.children !== undefined && Object.keys(child.children).length > 0) nested = true;
    }
    const checkpoint = new Checkpoint(root, snapshot, children);
    if (nested) checkpoint.persistedForm = root.getPersistedSnapshot() as PersistedSimulation;
    return checkpoint;
  }

  /** The persisted snapshot, as `getPersistedSnapshot` gave it at that frame; made once. */
  persisted(): PersistedSimulation {
    if (this.persistedForm === null) {
      const persisted = this.root.logic.getPersistedSnapshot(this.snapshot) as PersistedSimulation & {
        children: Record<string, { snapshot: unknown }>;
      };
      // The root's persisting asks each child for its state now: the kept one replaces it.
      for (const [id, { actor, snapshot }] of this.children)
        persisted.children[id]!.snapshot = actor.logic.getPersistedSnapshot(snapshot);
      this.persistedForm = persisted;
    }
    return this.persistedForm;
  }
}
