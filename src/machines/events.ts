import type { Actor, ChannelEventName } from '../model/scenario.js';

/** A channel has two ends, a and b, in the order of its `between` parties. */
export type End = 'a' | 'b';

/** What a channel machine receives: one scenario event, resolved to this channel. */
export interface ChannelEvent {
  type: ChannelEventName;
  at: number;
  by: Actor;
  /** For per-side events: whose staff or phone. */
  end?: End;
  count?: number;
  cause?: string;
}

/** When a region of a channel entered its current state, who did it and why. */
export interface Mark {
  at: number;
  by: Actor | null;
  cause?: string;
}

/**
 * The mark of a region at the start: the scenario's start for a region in its default
 * state, else the channel's own `since` and `cause` when the scenario gives them.
 */
export function startMark(at: number, isDefault: boolean, history: { since?: number; cause?: string }): Mark {
  if (isDefault) return { at, by: null };
  const mark: Mark = { at: history.since ?? at, by: null };
  return history.cause === undefined ? mark : { ...mark, cause: history.cause };
}

export function markOf(event: ChannelEvent): Mark {
  return event.cause === undefined
    ? { at: event.at, by: event.by }
    : { at: event.at, by: event.by, cause: event.cause };
}

export const fromEnd = ({ event }: { event: ChannelEvent }, params: { end: End }): boolean =>
  event.end === params.end;
