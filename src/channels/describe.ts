import type { Actor, ChannelSpec, PartyId, Scenario } from '../model/scenario.js';
import { formatDate, formatDateTime, localTime } from '../time/clock.js';

/** How to put parties and times into words: the scenario's names and its UTC offset. */
export interface Describer {
  party(id: PartyId): string;
  actor(actor: Actor | null): string;
  time(at: number): string;
  /** A channel of the scenario by id, for words that name it. */
  channel(id: string): ChannelSpec | undefined;
}

export function describerFor(
  scenario: Pick<Scenario, 'parties' | 'zone'> & Partial<Pick<Scenario, 'channels'>>,
): Describer {
  const names = new Map(scenario.parties.map((p) => [p.id, p.short]));
  const channels = new Map((scenario.channels ?? []).map((c) => [c.id, c]));
  const party = (id: PartyId) => names.get(id) ?? id;
  return {
    party,
    channel: (id) => channels.get(id),
    actor: (actor) =>
      actor === null
        ? 'no one'
        : actor === 'both'
          ? 'both sides'
          : actor === 'nature'
            ? 'nature'
            : party(actor),
    // A time at local midnight is how a file says "on that day" (a start given as a date).
    time: (at) =>
      localTime(at, scenario.zone).minutes === 0
        ? formatDate(at, scenario.zone)
        : formatDateTime(at, scenario.zone),
  };
}
