import type { ChannelBase, InitialHistory, PartyId } from '../../model/scenario.js';

/** A recurring forum's events: agreed, suspended and resumed as a whole; one session cancelled; a side boycotting. */
export const TALKS_EVENTS = [
  'agree',
  'suspend',
  'resume',
  'cancel-session',
  'boycott',
  'attend',
  'session',
] as const;
export type TalksEventName = (typeof TALKS_EVENTS)[number];
export type ForumState = 'not-agreed' | 'meeting' | 'suspended';

/** Recurring talks between two parties, with sessions on the `checks:` calendar. */
export interface TalksSpec extends ChannelBase {
  kind: 'talks';
  initial: { forum: ForumState; boycotting: PartyId[] } & InitialHistory;
}
