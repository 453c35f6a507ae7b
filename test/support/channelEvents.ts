import type { ChannelEvent } from '../../src/machines/events.js';

/** A channel event at t=100 by the North, with whatever else a test needs. */
export const channelEvent = (
  type: ChannelEvent['type'],
  extra: Partial<ChannelEvent> = {},
): ChannelEvent => ({
  type,
  at: 100,
  by: 'north',
  ...extra,
});
