import type { HotlineEventName, HotlineSpec, LineState } from '../../model/scenario.js';
import type { Table } from '../../words/table.js';
import type { EventPhraseArgs, KindWords, WhatIfPhraseArgs } from '../kind.js';
import type { CheckOutcome } from './machine.js';

type Phrase = (p: EventPhraseArgs) => string;
type Option = (p: WhatIfPhraseArgs) => string;
/** English verbs agree with their subject: "North stops", "both sides stop". */
const verb = (p: { plural: boolean }, one: string, many: string) => (p.plural ? many : one);
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A hotline's words in English: the default, and the shape Korean follows. */
export const en = {
  kind: 'hotline',
  title: 'Hotline',
  event: {
    connect: (p) => `${cap(p.who)} ${verb(p, 'connects', 'connect')} the ${p.channel}`,
    degrade: (p) => `${cap(p.who)} ${verb(p, 'degrades', 'degrade')} the ${p.channel}`,
    repair: (p) => `${cap(p.who)} ${verb(p, 'repairs', 'repair')} the ${p.channel}`,
    break: (p) => `${cap(p.who)} ${verb(p, 'breaks', 'break')} the ${p.channel}`,
    'stop-answering': (p) => `${cap(p.who)} ${verb(p, 'stops', 'stop')} answering the ${p.channel}`,
    'resume-answering': (p) => `${cap(p.who)} ${verb(p, 'answers', 'answer')} the ${p.channel} again`,
    'stop-calls': (p) => `${cap(p.who)} ${verb(p, 'stops', 'stop')} the routine calls on the ${p.channel}`,
    'resume-calls': (p) =>
      `${cap(p.who)} ${verb(p, 'resumes', 'resume')} the routine calls on the ${p.channel}`,
    'check-call': (p) => `${cap(p.who)} ${verb(p, 'places', 'place')} a check call on the ${p.channel}`,
  } satisfies Record<HotlineEventName, Phrase>,
  whatIf: {
    connect: (p) => `${cap(p.who)} ${verb(p, 'connects', 'connect')} the line`,
    degrade: (p) => `${cap(p.who)} ${verb(p, 'degrades', 'degrade')} the line`,
    repair: (p) => `${cap(p.who)} ${verb(p, 'repairs', 'repair')} the line`,
    break: (p) => `${cap(p.who)} ${verb(p, 'breaks', 'break')} the line`,
    'stop-answering': (p) => `${cap(p.who)} ${verb(p, 'stops', 'stop')} answering`,
    'resume-answering': (p) => `${cap(p.who)} ${verb(p, 'answers', 'answer')} again`,
    'stop-calls': (p) => `${cap(p.who)} ${verb(p, 'stops', 'stop')} the routine calls`,
    'resume-calls': (p) => `${cap(p.who)} ${verb(p, 'resumes', 'resume')} the routine calls`,
    'check-call': (p) => `${cap(p.who)} ${verb(p, 'places', 'place')} a check call`,
  } satisfies Record<HotlineEventName, Option>,
  outcome: {
    answered: { words: 'answered', mark: '✓' },
    unanswered: { words: 'unanswered', mark: '✗ unanswered' },
    'no-line': { words: 'no line', mark: '✗ no line' },
  } satisfies Record<CheckOutcome, { words: string; mark: string }>,
  contacts: { noun: 'check calls', ok: 'answered', missed: 'unanswered' },
  /** The kind with its class, for tables: "hotline (military)". */
  label: (cls: HotlineSpec['class']) => `hotline (${cls})`,
  /** The state at the start, for a handout's table: "broken, North silent, no routine calls". */
  start: (line: string, silent: string[], calls: boolean) =>
    [line, ...silent.map((who) => `${who} silent`), ...(calls ? [] : ['no routine calls'])].join(', '),
  /** The line's states as words inside refusals; English names the state as the file does. */
  line: {
    'not-connected': 'not-connected',
    working: 'working',
    degraded: 'degraded',
    broken: 'broken',
  } satisfies Record<LineState, string>,
  refusal: {
    connect: (line: string) => `the line is already connected (${line})`,
    notConnectedYet: 'the line is not connected yet: connect it first',
    already: (line: string) => `the line is already ${line}`,
    neverConnected: 'the line was never connected: use connect',
    nothingToRepair: 'the line is working: nothing to repair',
    alreadySilent: (who: string) => `${who} is already not answering`,
    alreadyAnswering: (who: string) => `${who} is already answering`,
    callsStopped: 'routine calls are already stopped',
    callsMade: 'routine calls are already being made',
    checkCall: 'routine calls are stopped on this line: resume-calls first',
  },
  status: {
    notConnected: 'not yet connected',
    broken: (by: string, since: string, cause: string) => `line broken${by} since ${since}${cause}`,
    neitherAnswering: (since: string) => `neither side answering since ${since}`,
    notAnswering: (who: string, since: string, cause: string) =>
      `${who} not answering since ${since}${cause}`,
    degraded: (cause: string, since: string) => `degraded${cause} since ${since}`,
    open: 'line working, both sides answering',
  },
  detail: {
    line: {
      'not-connected': () => 'not connected',
      working: () => 'line working',
      degraded: (cause: string) => `line degraded${cause}`,
      broken: (cause: string) => `line broken${cause}`,
    } satisfies Record<LineState, (cause: string) => string>,
    answering: (who: string) => `${who} answering`,
    silent: (who: string) => `${who} silent`,
    callsStopped: (by: string) => `routine calls stopped${by}`,
  },
} satisfies KindWords & Record<string, unknown>;

/** Korean. Headline style ("북측, 연락선 응답 중단") needs no particle that depends on the name. */
export const ko: Table<typeof en> = {
  kind: '직통전화',
  title: '직통전화',
  event: {
    connect: (p) => `${p.who}, ${p.channel} 개통`,
    degrade: (p) => `${p.who}, ${p.channel} 통화 품질 저하`,
    repair: (p) => `${p.who}, ${p.channel} 복구`,
    break: (p) => `${p.who}, ${p.channel} 단절`,
    'stop-answering': (p) => `${p.who}, ${p.channel} 응답 중단`,
    'resume-answering': (p) => `${p.who}, ${p.channel} 응답 재개`,
    'stop-calls': (p) => `${p.who}, ${p.channel} 정기 통화 중단`,
    'resume-calls': (p) => `${p.who}, ${p.channel} 정기 통화 재개`,
    'check-call': (p) => `${p.who}, ${p.channel} 확인 통화`,
  },
  whatIf: {
    connect: (p) => `${p.who}, 회선 개통`,
    degrade: (p) => `${p.who}, 회선 품질 저하`,
    repair: (p) => `${p.who}, 회선 복구`,
    break: (p) => `${p.who}, 회선 단절`,
    'stop-answering': (p) => `${p.who}, 응답 중단`,
    'resume-answering': (p) => `${p.who}, 응답 재개`,
    'stop-calls': (p) => `${p.who}, 정기 통화 중단`,
    'resume-calls': (p) => `${p.who}, 정기 통화 재개`,
    'check-call': (p) => `${p.who}, 확인 통화`,
  },
  outcome: {
    answered: { words: '응답', mark: '✓' },
    unanswered: { words: '무응답', mark: '✗ 무응답' },
    'no-line': { words: '회선 없음', mark: '✗ 회선 없음' },
  },
  contacts: { noun: '확인 통화', ok: '응답', missed: '무응답' },
  label: (cls) => `직통전화 (${CLASS_KO[cls]})`,
  start: (line, silent, calls) =>
    [line, ...silent.map((who) => `${who} 무응답`), ...(calls ? [] : ['정기 통화 없음'])].join(', '),
  line: { 'not-connected': '미개통', working: '정상', degraded: '품질 저하', broken: '단절' },
  refusal: {
    connect: (line) => `회선이 이미 연결되어 있음 (${line})`,
    notConnectedYet: '회선이 아직 연결되지 않음: 먼저 connect 필요',
    already: (line) => `회선이 이미 ${line} 상태`,
    neverConnected: '회선이 연결된 적 없음: connect 사용',
    nothingToRepair: '회선 정상: 복구할 것 없음',
    alreadySilent: (who) => `${who}: 이미 응답하지 않고 있음`,
    alreadyAnswering: (who) => `${who}: 이미 응답하고 있음`,
    callsStopped: '정기 통화가 이미 중단됨',
    callsMade: '정기 통화가 이미 이루어지고 있음',
    checkCall: '이 회선의 정기 통화가 중단됨: 먼저 resume-calls 필요',
  },
  status: {
    notConnected: '아직 개통되지 않음',
    broken: (by, since, cause) => `${since}부터 회선 단절${by}${cause}`,
    neitherAnswering: (since) => `${since}부터 양측 모두 무응답`,
    notAnswering: (who, since, cause) => `${who}: ${since}부터 무응답${cause}`,
    degraded: (cause, since) => `${since}부터 품질 저하${cause}`,
    open: '회선 정상, 양측 응답',
  },
  detail: {
    line: {
      'not-connected': () => '미개통',
      working: () => '회선 정상',
      degraded: (cause) => `회선 품질 저하${cause}`,
      broken: (cause) => `회선 단절${cause}`,
    },
    answering: (who) => `${who} 응답`,
    silent: (who) => `${who} 무응답`,
    callsStopped: (by) => `정기 통화 중단${by}`,
  },
};

const CLASS_KO: Record<HotlineSpec['class'], string> = {
  government: '정부',
  military: '군',
  // 정상 alone reads as 正常 (working) beside a status: 정상 간 is the leaders' line.
  leaders: '정상 간',
  aviation: '항공',
  maritime: '해상',
  other: '기타',
};
