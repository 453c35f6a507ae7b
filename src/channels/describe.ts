import type { Actor, ChannelSpec, PartyId, Scenario } from '../model/scenario.js';
import type { Lang } from '../words/lang.js';
import { speakerFor } from '../words/speaker.js';

/** How to put parties and times into words: the scenario's names and its UTC offset. */
export interface Describer {
  party(id: PartyId): string;
  actor(actor: Actor | null): string;
  time(at: number): string;
  /** A channel of the scenario by id, for words that name it. */
  channel(id: string): ChannelSpec | undefined;
}

/** The scenario's names and times in a language (English unless asked): see words/speaker.ts. */
export function describerFor(
  scenario: Pick<Scenario, 'parties' | 'zone'> & Partial<Pick<Scenario, 'channels'>>,
  lang: Lang = 'en',
): Describer {
  return speakerFor(scenario, lang);
}
