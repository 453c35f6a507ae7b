import type { FacilityState, OfficeEventName } from '../../model/scenario.js';
import type { Table } from '../../words/table.js';
import type { EventPhraseArgs, KindWords, WhatIfPhraseArgs } from '../kind.js';
import type { ConsultOutcome } from './machine.js';

type Phrase = (p: EventPhraseArgs) => string;
type Option = (p: WhatIfPhraseArgs) => string;
const verb = (p: { plural: boolean }, one: string, many: string) => (p.plural ? many : one);
const its = (p: { plural: boolean }) => (p.plural ? 'their' : 'its');
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const count = (p: { count?: number }) => (p.count === undefined ? '' : ` (${p.count})`);
const countKo = (p: { count?: number }) => (p.count === undefined ? '' : ` (${p.count}명)`);

/** A liaison office's words in English: the default, and the shape Korean follows. */
export const en = {
  kind: 'liaison office',
  title: 'Liaison office',
  event: {
    open: (p) => `${cap(p.who)} ${verb(p, 'opens', 'open')} the ${p.channel}`,
    suspend: (p) => `${cap(p.who)} ${verb(p, 'suspends', 'suspend')} the ${p.channel}`,
    resume: (p) => `${cap(p.who)} ${verb(p, 'resumes', 'resume')} work at the ${p.channel}`,
    demolish: (p) => `${cap(p.who)} ${verb(p, 'demolishes', 'demolish')} the ${p.channel}`,
    'send-staff': (p) =>
      p.count === undefined
        ? `${cap(p.who)} ${verb(p, 'sends', 'send')} ${its(p)} full staff to the ${p.channel}`
        : `${cap(p.who)} ${verb(p, 'sends', 'send')} ${p.count} staff to the ${p.channel}`,
    'reduce-staff': (p) =>
      `${cap(p.who)} ${verb(p, 'reduces', 'reduce')} ${its(p)} staff at the ${p.channel} to ${p.count ?? 0}`,
    'withdraw-staff': (p) =>
      `${cap(p.who)} ${verb(p, 'withdraws', 'withdraw')} ${its(p)} staff from the ${p.channel}`,
    consult: (p) => `${cap(p.who)} ${verb(p, 'asks', 'ask')} for a consultation at the ${p.channel}`,
  } satisfies Record<OfficeEventName, Phrase>,
  whatIf: {
    open: (p) => `${cap(p.who)} ${verb(p, 'opens', 'open')} the office${count(p)}`,
    suspend: (p) => `${cap(p.who)} ${verb(p, 'suspends', 'suspend')} the office${count(p)}`,
    resume: (p) => `${cap(p.who)} ${verb(p, 'resumes', 'resume')} work at the office${count(p)}`,
    demolish: (p) => `${cap(p.who)} ${verb(p, 'demolishes', 'demolish')} the office${count(p)}`,
    'send-staff': (p) => `${cap(p.who)} ${verb(p, 'sends', 'send')} staff${count(p)}`,
    'reduce-staff': (p) => `${cap(p.who)} ${verb(p, 'reduces', 'reduce')} ${its(p)} staff${count(p)}`,
    'withdraw-staff': (p) => `${cap(p.who)} ${verb(p, 'withdraws', 'withdraw')} ${its(p)} staff${count(p)}`,
    consult: (p) => `${cap(p.who)} ${verb(p, 'asks', 'ask')} for a consultation${count(p)}`,
  } satisfies Record<OfficeEventName, Option>,
  outcome: {
    held: { words: 'consultation held', mark: '✓ met' },
    'one-sided': { words: 'only one side came', mark: '✗ one side came' },
    'no-office': { words: 'office not operating', mark: '✗ no office' },
  } satisfies Record<ConsultOutcome, { words: string; mark: string }>,
  contacts: { noun: 'consultations', ok: 'held', missed: 'not held' },
  /** The kind for tables. */
  label: 'liaison office',
  /** The state at the start, for a handout's table: "operating, South 20/20, North 0/20". */
  start: (facility: string, staff: { who: string; count: number; full: number }[]) =>
    [facility, ...staff.map((s) => `${s.who} ${s.count}/${s.full}`)].join(', '),
  /** The facility's states inside refusals; English names the state as the file does. */
  facility: {
    'not-open': 'not-open',
    operating: 'operating',
    suspended: 'suspended',
    demolished: 'demolished',
  } satisfies Record<FacilityState, string>,
  refusal: {
    alreadyIs: (facility: string) => `the office is already ${facility}`,
    notOperating: (facility: string) => `the office is not operating (${facility})`,
    notSuspended: (facility: string) => `the office is not suspended (${facility})`,
    alreadyDemolished: 'the office is already demolished',
    sendToRuin: 'the office is demolished: no one can be sent there',
    countOutOfRange: (count: number, who: string, full: number) =>
      `count ${count} is not between 1 and ${who}'s full complement of ${full}`,
    alreadyPresent: (who: string) => `${who} staff are already present`,
    reduceWithdrawn: (who: string) => `${who} staff are withdrawn: send-staff first`,
    reduceRange: (who: string, full: number) =>
      `reduce-staff needs a count from 1 to ${full - 1} (below ${who}'s full complement of ${full})`,
    nobodyLeft: 'the office is demolished: no one is left there to withdraw',
    alreadyWithdrawn: (who: string) => `${who} staff are already withdrawn`,
  },
  status: {
    demolished: (by: string, on: string, cause: string) => `demolished${by} on ${on}${cause}`,
    notOpen: 'not yet open',
    suspended: (by: string, since: string, cause: string) => `suspended${by} since ${since}${cause}`,
    withdrawn: (who: string, since: string, cause: string) => `${who} staff withdrawn since ${since}${cause}`,
    partial: (who: string, count: number, full: number, since: string) =>
      `${who} only partly staffed (${count} of ${full}) since ${since}`,
    open: 'operating, both sides present',
    standby: 'on weekend standby',
  },
  detail: {
    withdrawn: (who: string) => `${who} withdrawn`,
    partial: (who: string, count: number, full: number) => `${who} ${count} of ${full}`,
    present: (who: string, count: number) => `${who} ${count} present`,
  },
} satisfies KindWords & Record<string, unknown>;

/** Korean, in headline style so that no particle depends on a name. */
export const ko: Table<typeof en> = {
  kind: '연락사무소',
  title: '연락사무소',
  event: {
    open: (p) => `${p.who}, ${p.channel} 개소`,
    suspend: (p) => `${p.who}, ${p.channel} 운영 중단`,
    resume: (p) => `${p.who}, ${p.channel} 운영 재개`,
    demolish: (p) => `${p.who}, ${p.channel} 파괴`,
    'send-staff': (p) =>
      p.count === undefined
        ? `${p.who}, ${p.channel}에 전원 파견`
        : `${p.who}, ${p.channel}에 ${p.count}명 파견`,
    'reduce-staff': (p) => `${p.who}, ${p.channel} 인원 ${p.count ?? 0}명으로 축소`,
    'withdraw-staff': (p) => `${p.who}, ${p.channel}에서 인원 철수`,
    // Both sides meeting do not ask each other for it: they hold it.
    consult: (p) => `${p.who}, ${p.channel}에서 ${p.plural ? '협의' : '협의 요청'}`,
  },
  whatIf: {
    open: (p) => `${p.who}, 사무소 개소${countKo(p)}`,
    suspend: (p) => `${p.who}, 사무소 운영 중단${countKo(p)}`,
    resume: (p) => `${p.who}, 사무소 운영 재개${countKo(p)}`,
    demolish: (p) => `${p.who}, 사무소 파괴${countKo(p)}`,
    'send-staff': (p) => `${p.who}, 인원 파견${countKo(p)}`,
    'reduce-staff': (p) => `${p.who}, 인원 축소${countKo(p)}`,
    'withdraw-staff': (p) => `${p.who}, 인원 철수${countKo(p)}`,
    consult: (p) => `${p.who}, ${p.plural ? '협의' : '협의 요청'}${countKo(p)}`,
  },
  outcome: {
    held: { words: '협의 개최', mark: '✓ 협의' },
    'one-sided': { words: '한쪽만 출석', mark: '✗ 한쪽만' },
    'no-office': { words: '사무소 미운영', mark: '✗ 사무소 없음' },
  },
  contacts: { noun: '협의', ok: '개최', missed: '무산' },
  label: '연락사무소',
  start: (facility, staff) => [facility, ...staff.map((s) => `${s.who} ${s.count}/${s.full}`)].join(', '),
  facility: { 'not-open': '미개소', operating: '운영', suspended: '운영 중단', demolished: '파괴' },
  refusal: {
    alreadyIs: (facility) => `사무소가 이미 ${facility} 상태`,
    notOperating: (facility) => `사무소가 운영 중이 아님 (${facility})`,
    notSuspended: (facility) => `사무소가 운영 중단 상태가 아님 (${facility})`,
    alreadyDemolished: '사무소가 이미 파괴됨',
    sendToRuin: '사무소가 파괴됨: 아무도 보낼 수 없음',
    countOutOfRange: (count, who, full) => `인원 ${count}명: 1명부터 ${who} 정원 ${full}명 사이여야 함`,
    alreadyPresent: (who) => `${who} 인원이 이미 상주 중`,
    reduceWithdrawn: (who) => `${who} 인원이 철수한 상태: 먼저 send-staff 필요`,
    reduceRange: (who, full) =>
      `reduce-staff에는 1명부터 ${full - 1}명까지의 인원이 필요 (${who} 정원 ${full}명 미만)`,
    nobodyLeft: '사무소가 파괴됨: 철수할 인원이 없음',
    alreadyWithdrawn: (who) => `${who} 인원이 이미 철수함`,
  },
  status: {
    demolished: (by, on, cause) => `${on} 파괴${by}${cause}`,
    notOpen: '아직 개소하지 않음',
    suspended: (by, since, cause) => `${since}부터 운영 중단${by}${cause}`,
    withdrawn: (who, since, cause) => `${since}부터 ${who} 인원 철수${cause}`,
    partial: (who, count, full, since) => `${since}부터 ${who} 인원 일부만 상주 (${full}명 중 ${count}명)`,
    open: '운영 중, 양측 상주',
    standby: '주말 대기',
  },
  detail: {
    withdrawn: (who) => `${who} 철수`,
    partial: (who, count, full) => `${who} ${full}명 중 ${count}명`,
    present: (who, count) => `${who} ${count}명 상주`,
  },
};
