import type { Table } from '../../words/table.js';
import type { EventPhraseArgs, KindWords, WhatIfPhraseArgs } from '../kind.js';
import type { SessionOutcome } from './machine.js';
import type { ForumState, TalksEventName } from './spec.js';

type Phrase = (p: EventPhraseArgs) => string;
type Option = (p: WhatIfPhraseArgs) => string;
const verb = (p: { plural: boolean }, one: string, many: string) => (p.plural ? many : one);
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Recurring talks in English: the default, and the shape Korean follows. */
export const en = {
  kind: 'talks',
  title: 'Recurring talks',
  event: {
    agree: (p) => `${cap(p.who)} ${verb(p, 'agrees', 'agree')} to hold the ${p.channel}`,
    suspend: (p) => `${cap(p.who)} ${verb(p, 'suspends', 'suspend')} the ${p.channel}`,
    resume: (p) => `${cap(p.who)} ${verb(p, 'resumes', 'resume')} the ${p.channel}`,
    'cancel-session': (p) =>
      `${cap(p.who)} ${verb(p, 'cancels', 'cancel')} the next session of the ${p.channel}`,
    boycott: (p) => `${cap(p.who)} ${verb(p, 'boycotts', 'boycott')} the ${p.channel}`,
    attend: (p) => `${cap(p.who)} ${verb(p, 'attends', 'attend')} the ${p.channel} again`,
    session: (p) => `${cap(p.who)} ${verb(p, 'sits', 'sit')} down for a session of the ${p.channel}`,
  } satisfies Record<TalksEventName, Phrase>,
  whatIf: {
    agree: (p) => `${cap(p.who)} ${verb(p, 'agrees', 'agree')} to hold the talks`,
    suspend: (p) => `${cap(p.who)} ${verb(p, 'suspends', 'suspend')} the talks`,
    resume: (p) => `${cap(p.who)} ${verb(p, 'resumes', 'resume')} the talks`,
    'cancel-session': (p) => `${cap(p.who)} ${verb(p, 'cancels', 'cancel')} the next session`,
    boycott: (p) => `${cap(p.who)} ${verb(p, 'boycotts', 'boycott')} the sessions`,
    attend: (p) => `${cap(p.who)} ${verb(p, 'attends', 'attend')} again`,
    session: (p) => `${cap(p.who)} ${verb(p, 'holds', 'hold')} a session`,
  } satisfies Record<TalksEventName, Option>,
  outcome: {
    'session-held': { words: 'held', mark: '✓ held' },
    'session-cancelled': { words: 'cancelled', mark: '✗ cancelled' },
    'session-boycotted': { words: 'boycotted', mark: '✗ boycotted' },
    'no-talks': { words: 'no talks', mark: '✗ no talks' },
  } satisfies Record<SessionOutcome, { words: string; mark: string }>,
  routine: (clock: string) => `Session at ${clock}`,
  contacts: { noun: 'sessions', ok: 'held', missed: 'not held' },
  tally: {
    'session-held': 'held',
    'session-cancelled': 'cancelled',
    'session-boycotted': 'boycotted',
    'no-talks': 'not held (no talks)',
  } satisfies Record<SessionOutcome, string>,
  sessions: {
    lastHeld: (when: string) => `last session held ${when}`,
    noneHeld: 'no session held',
    longestGap: (length: string, from: string, to: string) =>
      `longest gap between sessions ${length}: ${from} – ${to}`,
  },
  label: 'talks',
  forum: { 'not-agreed': 'not-agreed', meeting: 'meeting', suspended: 'suspended' } satisfies Record<
    ForumState,
    string
  >,
  start: (forum: string, boycotting: string[]) =>
    [forum, ...boycotting.map((who) => `${who} boycotting`)].join(', '),
  refusal: {
    agree: (forum: string) => `the talks are already agreed (${forum})`,
    suspend: (forum: string) => `the talks are not meeting (${forum})`,
    resume: (forum: string) => `the talks are not suspended (${forum})`,
    cancel: (forum: string, next: string) =>
      next === 'cancelled' ? 'the next session is already cancelled' : `the talks are not meeting (${forum})`,
    boycott: (who: string) => `${who} is already boycotting the talks`,
    attend: (who: string) => `${who} already attends the talks`,
  },
  status: {
    notAgreed: 'not yet agreed',
    suspended: (by: string, since: string, cause: string) => `suspended${by} since ${since}${cause}`,
    cancelled: (by: string, since: string, cause: string) =>
      `next session cancelled${by} on ${since}${cause}`,
    boycotting: (who: string, since: string, cause: string) => `${who} boycotting since ${since}${cause}`,
    open: 'meeting regularly',
  },
  detail: {
    forum: (forum: string) => `forum ${forum}`,
    cancelled: 'next session cancelled',
    attending: (who: string) => `${who} attending`,
    boycotting: (who: string) => `${who} boycotting`,
  },
} satisfies KindWords & Record<string, unknown>;

export const ko: Table<typeof en> = {
  kind: '정례 회담',
  title: '정례 회담',
  event: {
    agree: (p) => `${p.who}, ${p.channel} 개최 합의`,
    suspend: (p) => `${p.who}, ${p.channel} 중단`,
    resume: (p) => `${p.who}, ${p.channel} 재개`,
    'cancel-session': (p) => `${p.who}, ${p.channel} 다음 회의 취소`,
    boycott: (p) => `${p.who}, ${p.channel} 불참`,
    attend: (p) => `${p.who}, ${p.channel} 다시 참석`,
    session: (p) => `${p.who}, ${p.channel} 회의 개최`,
  },
  whatIf: {
    agree: (p) => `${p.who}, 회담 개최 합의`,
    suspend: (p) => `${p.who}, 회담 중단`,
    resume: (p) => `${p.who}, 회담 재개`,
    'cancel-session': (p) => `${p.who}, 다음 회의 취소`,
    boycott: (p) => `${p.who}, 회의 불참`,
    attend: (p) => `${p.who}, 다시 참석`,
    session: (p) => `${p.who}, 회의 개최`,
  },
  outcome: {
    'session-held': { words: '개최', mark: '✓ 개최' },
    'session-cancelled': { words: '취소', mark: '✗ 취소' },
    'session-boycotted': { words: '불참', mark: '✗ 불참' },
    'no-talks': { words: '회담 없음', mark: '✗ 회담 없음' },
  },
  routine: (clock) => `${clock} 정례 회의`,
  contacts: { noun: '회의', ok: '개최', missed: '무산' },
  tally: {
    'session-held': '개최',
    'session-cancelled': '취소',
    'session-boycotted': '불참',
    'no-talks': '무산 (회담 없음)',
  },
  sessions: {
    lastHeld: (when) => `마지막 회의 ${when}`,
    noneHeld: '열린 회의 없음',
    longestGap: (length, from, to) => `회의 사이 최장 공백 ${length}: ${from} – ${to}`,
  },
  label: '정례 회담',
  forum: { 'not-agreed': '미합의', meeting: '정례 개최', suspended: '중단' },
  start: (forum, boycotting) => [forum, ...boycotting.map((who) => `${who} 불참`)].join(', '),
  refusal: {
    agree: (forum) => `회담이 이미 합의됨 (${forum})`,
    suspend: (forum) => `회담이 열리고 있지 않음 (${forum})`,
    resume: (forum) => `회담이 중단 상태가 아님 (${forum})`,
    cancel: (forum, next) =>
      next === 'cancelled' ? '다음 회의가 이미 취소됨' : `회담이 열리고 있지 않음 (${forum})`,
    boycott: (who) => `${who}: 이미 불참 중`,
    attend: (who) => `${who}: 이미 참석 중`,
  },
  status: {
    notAgreed: '아직 합의되지 않음',
    suspended: (by, since, cause) => `${since}부터 중단${by}${cause}`,
    cancelled: (by, since, cause) => `${since} 다음 회의 취소${by}${cause}`,
    boycotting: (who, since, cause) => `${who}: ${since}부터 불참${cause}`,
    open: '정례 개최 중',
  },
  detail: {
    forum: (forum) => `회담 ${forum}`,
    cancelled: '다음 회의 취소',
    attending: (who) => `${who} 참석`,
    boycotting: (who) => `${who} 불참`,
  },
};
