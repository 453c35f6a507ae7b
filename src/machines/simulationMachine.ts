import { enqueueActions, setup, type AnyActorRef, type AnyStateMachine, type SnapshotFrom } from 'xstate';
import { allKinds, registryVersion } from '../channels/registry.js';
import type { ChannelId, ChannelKind } from '../model/scenario.js';
import type { ChannelEvent } from './events.js';

export type ChannelActor = AnyActorRef;

/** One channel to spawn: its id, its kind (the name its machine is registered under) and input. */
export interface ChannelInit {
  id: ChannelId;
  kind: string;
  input: unknown;
}

export interface SimulationInput {
  start: number;
  channels: ChannelInit[];
}

/** One scenario event addressed to one channel. */
export interface Delivery {
  channel: ChannelId;
  event: ChannelEvent;
}

/** A delivery the channel could not take in its state at that moment. */
export interface Refusal extends Delivery {
  why: 'state' | 'unknown-channel' | 'clock';
}

export interface SimulationContext {
  clock: number;
  channels: Record<ChannelId, ChannelActor>;
  /** What the last `deliver` could not do; empty when everything was taken. */
  refused: Refusal[];
}

export type SimulationEvent = { type: 'deliver'; at: number; deliveries: Delivery[] };

/**
 * The simulation root: spawns one child per declared channel (by its kind's registered name,
 * so a persisted snapshot round-trips through JSON), owns the simulated clock and routes
 * each delivery to its channel, reporting the ones a channel refuses. The kinds' machines are
 * provided from the registry (see simulationRoot).
 */
const bareRoot = setup({
  types: {} as {
    context: SimulationContext;
    input: SimulationInput;
    events: SimulationEvent;
  },
  actors: {} as Record<ChannelKind, AnyStateMachine>,
  actions: {
    route: enqueueActions(({ context, event, enqueue }) => {
      const refused: Refusal[] = [];
      for (const delivery of event.deliveries) {
        const child = context.channels[delivery.channel];
        if (event.at < context.clock) refused.push({ ...delivery, why: 'clock' });
        else if (!child) refused.push({ ...delivery, why: 'unknown-channel' });
        else if (!child.getSnapshot().can(delivery.event)) refused.push({ ...delivery, why: 'state' });
        else enqueue.sendTo(child, delivery.event);
      }
      const clock = Math.max(context.clock, event.at);
      if (refused.length > 0 || context.refused.length > 0 || clock !== context.clock)
        enqueue.assign({ clock, refused });
    }),
  },
}).createMachine({
  id: 'simulation',
  context: ({ input, spawn }) => ({
    clock: input.start,
    refused: [],
    channels: Object.fromEntries(
      input.channels.map((channel) => [
        channel.id,
        spawn(channel.kind as ChannelKind, { id: channel.id, input: channel.input as never }),
      ]),
    ),
  }),
  on: { deliver: { actions: 'route' } },
});

const withKinds = () =>
  bareRoot.provide({
    actors: Object.fromEntries(allKinds().map((k) => [k.kind, k.machine])) as Record<
      ChannelKind,
      AnyStateMachine
    >,
  });

/** The root with the built-in kinds' machines. */
export const simulationMachine = withKinds();

let cached = { version: registryVersion(), machine: simulationMachine };

/** The root with every kind registered now, a kind added at run time included. */
export function simulationRoot(): typeof simulationMachine {
  const version = registryVersion();
  if (cached.version !== version) cached = { version, machine: withKinds() };
  return cached.machine;
}

export type SimulationSnapshot = SnapshotFrom<typeof simulationMachine>;
