import type { ChannelBase, InitialHistory, PartyId } from '../../model/scenario.js';

/** A relayed line's events: the relaying party stops or resumes, an end stops or resumes using it, the line breaks. */
export const RELAY_EVENTS = [
  'stop-relaying',
  'resume-relaying',
  'stop-using',
  'resume-using',
  'break',
  'repair',
  'relay-check',
] as const;
export type RelayEventName = (typeof RELAY_EVENTS)[number];

/** A line between two parties that runs through a declared third party (`via`). */
export interface RelaySpec extends ChannelBase {
  kind: 'relay';
  /** The relaying party: a UN command, the Red Cross, a protecting power's embassy. */
  via: PartyId;
  initial: { relaying: boolean; line: 'working' | 'broken'; unused: PartyId[] } & InitialHistory;
}
