import { enqueueActions, setup, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import type { ChannelId, ChannelKind } from '../model/scenario.js';
import type { ChannelEvent } from './events.js';
import { hotlineMachine, type HotlineInput } from './hotlineMachine.js';
import { liaisonOfficeMachine, type LiaisonOfficeInput } from './liaisonOfficeMachine.js';

export type ChannelActor = ActorRefFrom<typeof hotlineMachine> | ActorRefFrom<typeof liaisonOfficeMachine>;

export type ChannelInit =
  | { id: ChannelId; kind: 'hotline'; input: HotlineInput }
  | { id: ChannelId; kind: 'liaison-office'; input: LiaisonOfficeInput };

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
 * The simulation root: spawns one child per declared channel (by registered name, so a
 * persisted snapshot round-trips through JSON), owns the simulated clock and routes each
 * delivery to its channel, reporting the ones a channel refuses.
 */
export const simulationMachine = setup({
  types: {} as {
    context: SimulationContext;
    input: SimulationInput;
    events: SimulationEvent;
  },
  actors: {
    hotline: hotlineMachine,
    'liaison-office': liaisonOfficeMachine,
  } satisfies Record<ChannelKind, unknown>,
  actions: {
    route: enqueueActions(({ context, event, enqueue }) => {
      const refused: Refusal[] = [];
      for (const delivery of event.deliveries) {
        const child = context.channels[delivery.channel];
        if (event.at < context.clock) refused.push({ ...delivery, why: 'clock' });
        else if (!child) refused.push({ ...delivery, why: 'unknown-channel' });
        else if (!child.getSnapshot().can(delivery.event as never))
          refused.push({ ...delivery, why: 'state' });
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
        channel.kind === 'hotline'
          ? spawn('hotline', { id: channel.id, input: channel.input })
          : spawn('liaison-office', { id: channel.id, input: channel.input }),
      ]),
    ),
  }),
  on: { deliver: { actions: 'route' } },
});

export type SimulationSnapshot = SnapshotFrom<typeof simulationMachine>;
