import type { Table } from '../words/table.js';

/** Words every kind shares: actors that are no party, joins, and the fragments of reasons. */
export const en = {
  both: 'both sides',
  nature: 'nature',
  noOne: 'no one',
  /** "A, B and C". */
  list: (items: string[]) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`,
  /** " by North", after a state: "suspended by North". */
  by: (who: string) => ` by ${who}`,
  /** " (destroyed by a wildfire)", after a state. */
  because: (cause: string) => ` (${cause})`,
  /** A context event touches no channel: its narration is what happened. */
  context: (who: string) => `${who.charAt(0).toUpperCase()}${who.slice(1)} (no channel changes)`,
  refusal: {
    noSuchEvent: (kind: string, event: string, events: string) =>
      `a ${kind} has no event "${event}" (it has: ${events})`,
    notAnEnd: (who: string, channel: string, ends: string, event: string) =>
      `${who} is not at either end of ${channel} (${ends}), so cannot ${event}`,
    cannot: (event: string, state: string) => `cannot ${event} in state ${state}`,
    /** The whole refusal: the channel, the event, and why. */
    channelCannot: (channel: string, event: string, why: string) => `${channel} cannot ${event}: ${why}`,
    noChannel: (id: string) => `there is no channel "${id}"`,
    earlier: 'this event is earlier than the one before it',
  },
};

export const ko: Table<typeof en> = {
  both: '양측',
  nature: '자연',
  noOne: '없음',
  // 가운뎃점, unspaced as Korean headlines list names ("북측, 서해·동해 군 통신선 응답 중단"): apart from
  // the actor's comma and from the spaced " · " between a line's fields.
  list: (items) => items.join('·'),
  by: (who) => ` (${who})`,
  because: (cause) => ` (${cause})`,
  context: (who) => `${who} (채널 변화 없음)`,
  refusal: {
    noSuchEvent: (kind, event, events) => `${kind}에는 "${event}" 사건이 없음 (가능: ${events})`,
    notAnEnd: (who, channel, ends, event) => `${who}: ${channel}의 양 끝(${ends})이 아니므로 ${event} 불가`,
    cannot: (event, state) => `${state} 상태에서 ${event} 불가`,
    channelCannot: (channel, event, why) => `${channel}: ${event} 불가 — ${why}`,
    noChannel: (id) => `채널 "${id}" 없음`,
    earlier: '앞 사건보다 이른 사건',
  },
};

export const COMMON = { en, ko };
