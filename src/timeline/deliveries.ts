import { endOf } from '../channels/ends.js';
import { kindOf } from '../channels/registry.js';
import type { ChannelEvent, End } from '../machines/events.js';
import type { Delivery } from '../machines/simulationMachine.js';
import type { Actor, ChannelEventName, ChannelSpec, Scenario, ScenarioEvent } from '../model/scenario.js';

export { endOf };

/**
 * Turns a scripted event into one delivery per channel (two for a per-side event done by
 * `both`). A per-side event by someone who is not at either end gets no `end`, which every
 * machine refuses, so the author hears about it.
 */
export function deliveriesFor(channels: ReadonlyMap<string, ChannelSpec>, event: ScenarioEvent): Delivery[] {
  if (event.do === null) return [];
  const side = event.side;
  const deliveries: Delivery[] = [];
  for (const channelId of event.channels) {
    const spec = channels.get(channelId);
    if (!spec || kindOf(spec.kind).events[event.do]?.by !== 'end') {
      deliveries.push({ channel: channelId, event: channelEvent(event, side, event.do, undefined) });
      continue;
    }
    const ends: (End | undefined)[] = side === 'both' ? ['a', 'b'] : [endOf(spec, side)];
    for (const end of ends)
      deliveries.push({ channel: channelId, event: channelEvent(event, side, event.do, end) });
  }
  return deliveries;
}

/** The event as one channel gets it: its fields in one fixed order, `end` when it has one. */
function channelEvent(
  event: ScenarioEvent,
  by: Actor,
  type: ChannelEventName,
  end: End | undefined,
): ChannelEvent {
  const delivered: ChannelEvent = { type, at: event.at, by };
  if (event.count !== undefined) delivered.count = event.count;
  if (event.cause !== undefined) delivered.cause = event.cause;
  if (end !== undefined) delivered.end = end;
  return delivered;
}

/** Makes the deliveries of routine contacts at an instant: built once per scenario. */
export type ContactDeliverer = (at: number, ids: readonly string[]) => Delivery[];

/**
 * Routine contacts (a check call, a consultation): the first party of each channel makes
 * them. Each channel's event type and caller is looked up once, not at every contact.
 */
export function contactDeliverer(channels: ReadonlyMap<string, ChannelSpec>): ContactDeliverer {
  const contacts = new Map<string, { type: ChannelEventName; by: Actor }>();
  for (const [id, spec] of channels)
    contacts.set(id, { type: kindOf(spec.kind).contact.event, by: spec.between[0] });
  return (at, ids) => {
    const deliveries: Delivery[] = [];
    for (const id of ids) {
      const { type, by } = contacts.get(id)!;
      deliveries.push({ channel: id, event: { type, at, by } });
    }
    return deliveries;
  };
}

export function channelMap(scenario: Scenario): Map<string, ChannelSpec> {
  return new Map(scenario.channels.map((c) => [c.id, c]));
}
