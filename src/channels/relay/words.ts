import type { Table } from '../../words/table.js';
import type { EventPhraseArgs, KindWords, WhatIfPhraseArgs } from '../kind.js';
import type { RelayOutcome } from './machine.js';
import type { RelayEventName } from './spec.js';

type Phrase = (p: EventPhraseArgs) => string;
type Option = (p: WhatIfPhraseArgs) => string;
const verb = (p: { plural: boolean }, one: string, many: string) => (p.plural ? many : one);
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A relayed line in English: the default, and the shape Korean follows. */
export const en = {
  kind: 'relayed line',
  title: 'Relayed line',
  event: {
    'stop-relaying': (p) => `${cap(p.who)} ${verb(p, 'stops', 'stop')} relaying the ${p.channel}`,
    'resume-relaying': (p) => `${cap(p.who)} ${verb(p, 'relays', 'relay')} the ${p.channel} again`,
    'stop-using': (p) => `${cap(p.who)} ${verb(p, 'stops', 'stop')} using the ${p.channel}`,
    'resume-using': (p) => `${cap(p.who)} ${verb(p, 'uses', 'use')} the ${p.channel} again`,
    break: (p) => `${cap(p.who)} ${verb(p, 'breaks', 'break')} the ${p.channel}`,
    repair: (p) => `${cap(p.who)} ${verb(p, 'repairs', 'repair')} the ${p.channel}`,
    'relay-check': (p) => `${cap(p.who)} ${verb(p, 'checks', 'check')} the ${p.channel}`,
  } satisfies Record<RelayEventName, Phrase>,
  whatIf: {
    'stop-relaying': (p) => `${cap(p.who)} ${verb(p, 'stops', 'stop')} relaying`,
    'resume-relaying': (p) => `${cap(p.who)} ${verb(p, 'relays', 'relay')} again`,
    'stop-using': (p) => `${cap(p.who)} ${verb(p, 'stops', 'stop')} using the line`,
    'resume-using': (p) => `${cap(p.who)} ${verb(p, 'uses', 'use')} the line again`,
    break: (p) => `${cap(p.who)} ${verb(p, 'breaks', 'break')} the line`,
    repair: (p) => `${cap(p.who)} ${verb(p, 'repairs', 'repair')} the line`,
    'relay-check': (p) => `${cap(p.who)} ${verb(p, 'checks', 'check')} the line`,
  } satisfies Record<RelayEventName, Option>,
  outcome: {
    relayed: { words: 'relayed', mark: '✓ relayed' },
    'relay-down': { words: 'relay not passing messages', mark: '✗ relay down' },
    'relay-no-line': { words: 'no line to the relay', mark: '✗ no line' },
    'relay-unused': { words: 'one end not using it', mark: '✗ unused' },
  } satisfies Record<RelayOutcome, { words: string; mark: string }>,
  contacts: { noun: 'line checks', ok: 'relayed', missed: 'not relayed' },
  label: (via: string) => `relayed line (via ${via})`,
  start: (relaying: boolean, via: string, broken: boolean, unused: string[]) =>
    [
      relaying ? `${via} relaying` : `${via} not relaying`,
      ...(broken ? ['line broken'] : []),
      ...unused.map((who) => `${who} not using it`),
    ].join(', '),
  refusal: {
    onlyRelay: (via: string) => `only ${via}, the relaying party, can do that`,
    relaying: (via: string) => `${via} is already relaying`,
    stopped: (via: string) => `${via} has already stopped relaying`,
    using: (who: string) => `${who} already uses the line`,
    notUsing: (who: string) => `${who} already does not use the line`,
    broken: 'the line is already broken',
    working: 'the line is working: nothing to repair',
  },
  status: {
    relayStopped: (via: string, since: string, cause: string) => `${via} not relaying since ${since}${cause}`,
    lineBroken: (by: string, since: string, cause: string) => `line broken${by} since ${since}${cause}`,
    notUsing: (who: string, since: string, cause: string) => `${who} not using it since ${since}${cause}`,
    open: (via: string) => `relayed by ${via}, both ends using it`,
  },
  detail: {
    relaying: (via: string) => `via ${via}`,
    stopped: (via: string) => `${via} not relaying`,
    broken: 'line broken',
    using: (who: string) => `${who} using`,
    notUsing: (who: string) => `${who} not using`,
  },
} satisfies KindWords & Record<string, unknown>;

export const ko: Table<typeof en> = {
  kind: '중계 회선',
  title: '중계 회선',
  event: {
    'stop-relaying': (p) => `${p.who}, ${p.channel} 중계 중단`,
    'resume-relaying': (p) => `${p.who}, ${p.channel} 중계 재개`,
    'stop-using': (p) => `${p.who}, ${p.channel} 사용 중단`,
    'resume-using': (p) => `${p.who}, ${p.channel} 사용 재개`,
    break: (p) => `${p.who}, ${p.channel} 단절`,
    repair: (p) => `${p.who}, ${p.channel} 복구`,
    'relay-check': (p) => `${p.who}, ${p.channel} 확인 통화`,
  },
  whatIf: {
    'stop-relaying': (p) => `${p.who}, 중계 중단`,
    'resume-relaying': (p) => `${p.who}, 중계 재개`,
    'stop-using': (p) => `${p.who}, 회선 사용 중단`,
    'resume-using': (p) => `${p.who}, 회선 사용 재개`,
    break: (p) => `${p.who}, 회선 단절`,
    repair: (p) => `${p.who}, 회선 복구`,
    'relay-check': (p) => `${p.who}, 확인 통화`,
  },
  outcome: {
    relayed: { words: '중계됨', mark: '✓ 중계' },
    'relay-down': { words: '중계 중단', mark: '✗ 중계 중단' },
    'relay-no-line': { words: '회선 없음', mark: '✗ 회선 없음' },
    'relay-unused': { words: '한쪽 미사용', mark: '✗ 미사용' },
  },
  contacts: { noun: '회선 확인', ok: '중계', missed: '미중계' },
  label: (via) => `중계 회선 (${via} 경유)`,
  start: (relaying, via, broken, unused) =>
    [
      relaying ? `${via} 중계 중` : `${via} 중계 중단`,
      ...(broken ? ['회선 단절'] : []),
      ...unused.map((who) => `${who} 미사용`),
    ].join(', '),
  refusal: {
    onlyRelay: (via) => `중계 당사자 ${via}만 할 수 있음`,
    relaying: (via) => `${via}: 이미 중계 중`,
    stopped: (via) => `${via}: 이미 중계 중단`,
    using: (who) => `${who}: 이미 사용 중`,
    notUsing: (who) => `${who}: 이미 사용하지 않음`,
    broken: '회선이 이미 단절됨',
    working: '회선 정상: 복구할 것 없음',
  },
  status: {
    relayStopped: (via, since, cause) => `${via}: ${since}부터 중계 중단${cause}`,
    lineBroken: (by, since, cause) => `${since}부터 회선 단절${by}${cause}`,
    notUsing: (who, since, cause) => `${who}: ${since}부터 미사용${cause}`,
    open: (via) => `${via} 중계, 양측 사용`,
  },
  detail: {
    relaying: (via) => `${via} 경유`,
    stopped: (via) => `${via} 중계 중단`,
    broken: '회선 단절',
    using: (who) => `${who} 사용`,
    notUsing: (who) => `${who} 미사용`,
  },
};
