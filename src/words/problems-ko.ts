/**
 * 시나리오 파일의 문제, 한국어로: "file:line:col: " 뒤에 오는 `validate`의 메시지와 도움말.
 * Keys, ids and YAML stay as the file writes them; a particle after a name from the file is
 * picked from the name's last sound (particle.ts), and written both ways only when that cannot tell.
 */
import type { problems as en } from './problems-en.js';
import { withParticle } from './particle.js';
import type { Table } from './table.js';

const or = (values: readonly string[]) =>
  values.length > 2 ? `${values.join(', ')} 중 하나` : values.join(' 또는 ');
const missing = (owner: string, name: string) => `${owner}에 ${withParticle(name, '이')} 없습니다`;
const of = (name: string, owner: string) => `${owner}의 ${name}`;
const ofChannel = (channel: string, ends: readonly string[]) =>
  `채널 ${channel}의 양쪽 끝(${ends.join(', ')})`;
const notAtEnd = (party: string, channel: string, ends: readonly string[]) =>
  `${withParticle(party, '은')} ${ofChannel(channel, ends)}에 있지 않으므로`;
/** `what` carries its own particle: "인원 수가". */
const givenFor = (what: string, party: string, channel: string, ends: readonly string[]) =>
  `${ofChannel(channel, ends)}에 있지 않은 ${party}의 ${what} 주어졌습니다`;
const outside = (what: string, from: string, to: string) =>
  `${withParticle(what, '이')} 시나리오 기간(${from} ~ ${to}) 밖입니다`;
const handles = (first: string, last: string) => `liaison-sim은 ${first}부터 ${last}까지의 시각만 다룹니다`;
const onlyCounted = '"count"는 send-staff와 reduce-staff에만 씁니다';
const tagRefused = (tag: string) =>
  `YAML 태그 ${withParticle(tag, '은')} 쓸 수 없습니다: 시나리오에는 일반 데이터만 들어갑니다`;

/** A flow collection as the yaml library names it, as Korean text shows it. */
const FLOW: Record<string, string> = { 'flow map': '{ }', 'flow sequence': '[ ]' };
const flow = (name: string) => FLOW[name] ?? name;

/**
 * The yaml library's syntax errors an author meets most, in Korean; any other stays in the
 * library's English words. Each pattern is one of its messages (node_modules/yaml, `onError`).
 */
const YAML_KO: readonly [RegExp, (...parts: string[]) => string][] = [
  [/^Implicit map keys need to be followed by map values$/, () => '키 뒤에 콜론(:)이 없습니다'],
  [
    /^Implicit keys need to be on a single line$/,
    () => '키가 한 줄 안에서 끝나지 않습니다 (콜론(:)이 빠졌을 수 있습니다)',
  ],
  [/^Missing closing "quote$/, () => '큰따옴표(")가 닫히지 않았습니다'],
  [/^Missing closing 'quote$/, () => "작은따옴표(')가 닫히지 않았습니다"],
  [
    /^All (sequence|mapping) items must start at the same column$/,
    (kind) =>
      kind === 'sequence'
        ? '목록의 항목(-)이 모두 같은 열에서 시작하지 않습니다'
        : '맵의 키가 모두 같은 열에서 시작하지 않습니다',
  ],
  [
    /^Nested mappings are not allowed in compact mappings$/,
    () => '한 줄에 쓴 맵 안에서 다른 맵을 시작할 수 없습니다 (들여쓰기를 확인하세요)',
  ],
  [/^Sequence item without - indicator$/, () => '목록의 항목에 - 표시가 없습니다'],
  [
    /^Flow (map|sequence) in block collection must be sufficiently indented and end with a [}\]]$/,
    (kind) => `${flow(`flow ${kind}`)} 묶음이 충분히 들여써지지 않았거나 닫히지 않았습니다`,
  ],
  [
    /^Missing , or : between (flow map|flow sequence) items$/,
    (name) => `${flow(name!)} 안의 항목 사이에 쉼표(,)나 콜론(:)이 없습니다`,
  ],
  [
    /^Missing , between (flow map|flow sequence) items$/,
    (name) => `${flow(name!)} 안의 항목 사이에 쉼표(,)가 없습니다`,
  ],
  [
    /^Plain value cannot start with (?:reserved character )?(.+)$/,
    (what) => `따옴표 없는 값은 ${what} 문자로 시작할 수 없습니다 (값을 따옴표로 감싸세요)`,
  ],
  [/^Invalid escape sequence (.+)$/, (raw) => `큰따옴표 안에 쓸 수 없는 이스케이프 문자열: ${raw}`],
  [
    /^Comments must be separated from other tokens by white space characters$/,
    () => '주석(#) 앞에 공백이 있어야 합니다',
  ],
  [
    /^Unexpected (.+) at node end$/,
    (what) => `값이 끝나야 할 자리에 예상하지 못한 내용(${what})이 있습니다 (들여쓰기를 확인하세요)`,
  ],
];

/** The yaml library's `message` in Korean where YAML_KO knows it. */
function yamlInKorean(message: string): string {
  for (const [pattern, say] of YAML_KO) {
    const match = pattern.exec(message);
    if (match) return say(...match.slice(1));
  }
  return message;
}

export const problems: Table<typeof en> = {
  owner: {
    scenario: '시나리오',
    party: (id) => `당사자 ${id}`,
    channel: (id) => `채널 ${id}`,
    event: (n) => `사건 ${n}`,
    question: (n) => `질문 ${n}`,
    checkpoint: (n) => `점검 시점 ${n}`,
    within: (owner, keys) => `${owner} (${keys})`,
  },
  item: (n, list) => `${list}의 ${n}번째 항목`,
  value: {
    empty: '빈 값',
    list: '목록',
    binary: '바이너리 데이터',
    map: '맵',
    number: (n) => `숫자 ${n}`,
  },
  types: {
    string: '텍스트',
    number: '숫자',
    int: '정수',
    object: '키와 값의 맵',
    record: '키와 값의 맵',
    array: '목록',
    tuple: '목록',
    boolean: 'true 또는 false',
  },
  unions: {
    channel: '채널 id 또는 채널 id 목록',
    calls: 'on 또는 off',
  },
  dateTime: '2019-03-22T10:00+09:00 같은 날짜와 시각',
  anId: 'id(영문자, 숫자, 대시, 밑줄; 영문자나 숫자로 시작)',
  somethingElse: '다른 값',
  missingHints: {
    id: '예: id: my-scenario (영문 소문자, 숫자, 대시)',
    title: '예: title: 북한, 연락사무소에서 인력 철수',
    start: '예: start: 2019-03-21T09:00+09:00',
    parties: '예: parties: { south: { name: 대한민국 }, north: { name: 북한 } }',
    channels: '예: channels: { liaison: { kind: hotline, name: 연락 채널 } }',
    events: '예: events: [] (그다음 목록에 사건을 추가하세요)',
    name: '예: name: 연락 채널',
    at: '예: at: 2019-03-22T10:00+09:00',
    staff: '예: staff: { south: 20, north: 20 }',
    days: 'days: weekdays 또는 days: daily',
    ask: '학급에 던질 질문',
    answer: '나중에 공개할 답',
  },
  partyNameHint: '예: name: 북한',
  checkTimesHint: "예: at: ['09:00', '17:00'] (현지 시각, 따옴표 안에)",
  write: (what) => `${withParticle(what, '을')} 쓰세요`,
  or,
  oneOf: (values) => `${values.join(', ')} 중 하나`,
  didYouMean: (match) => `혹시 ${withParticle(match, '을')} 뜻했습니까?`,
  choices: (what, list) => `${what}: ${list.join(', ')}`,
  candidates: {
    choices: '선택지',
    allowedKeys: '쓸 수 있는 키',
    declaredChannels: '선언된 채널',
    declaredParties: '선언된 당사자',
    channelEnds: '이 채널의 양쪽 끝',
    possibleSides: '가능한 side',
    events: '사건',
  },

  missing,
  missingOf: (owner, name, kinds) => `${missing(owner, name)} (${or(kinds)})`,
  unknownKey: (key, owner) => `${owner}에 알 수 없는 키 ${withParticle(key, '이')} 있습니다`,
  emptyFile:
    '파일이 비어 있습니다: 시나리오에는 적어도 id, title, start, parties, channels, events가 있어야 합니다',
  notAScenario: (found) =>
    `시나리오가 아닙니다: id, title, start, parties, channels, events가 있는 맵이어야 하는데 ${found}입니다`,
  noValue: (name, owner, expected) =>
    `${of(name, owner)}에 값이 없습니다: ${withParticle(expected, '을')} 쓰세요`,
  shouldBe: (name, owner, expected, found) =>
    `${of(name, owner)}에는 ${withParticle(expected, '이')} 와야 합니다 (지금은 ${found})`,
  cannotBe: (name, owner, found, expected) =>
    `${withParticle(of(name, owner), '은')} ${found}일 수 없습니다: 쓸 수 있는 값은 ${expected}입니다`,
  expectedStatus: (channel, found, statuses) =>
    `${channel}의 기대 상태는 ${found}일 수 없습니다: ${statuses.join(', ')} 중 하나여야 합니다`,
  unknownEvent: (event) => `${withParticle(event, '은')} liaison-sim이 아는 사건이 아닙니다`,
  idKind: {
    channel: '채널 id',
    party: '당사자 id',
    key: '키',
  },
  badKey: (kind, key) =>
    `${kind} ${key}: 영문자, 숫자, 대시, 밑줄만 쓸 수 있고 영문자나 숫자로 시작해야 합니다`,
  badScenarioId: (id) => `시나리오 id ${id}: 영문 소문자, 숫자, 대시 하나씩만 쓸 수 있습니다`,
  scenarioIdExample: '예: march-2019-withdrawal',
  twoParties: (name, owner) => `${of(name, owner)}에는 서로 다른 당사자 둘을 정확히 적어야 합니다`,
  isEmpty: (name, owner) => `${withParticle(of(name, owner), '이')} 비어 있습니다`,
  atLeastItems: (name, owner, min) => `${of(name, owner)}에는 항목이 적어도 ${min}개 있어야 합니다`,
  atLeast: (name, owner, min, found) =>
    `${withParticle(of(name, owner), '은')} ${min} 이상이어야 합니다 (지금은 ${found})`,
  atMost: (name, owner, max) => `${withParticle(of(name, owner), '은')} ${max} 이하여야 합니다`,
  other: (name, owner, message) => `${of(name, owner)}: ${message}`,

  notRealDate: (time, first, last) =>
    `시각 ${withParticle(time, '은')} 실제 날짜가 아닙니다: ${handles(first, last)}`,
  needsTimeOfDay: (date, text) =>
    `날짜 ${date}에 시각이 필요합니다: "${text}T09:00"처럼 쓰고 뒤에 파일의 UTC 오프셋을 붙이세요`,
  notRealDateTime: (time) =>
    `시각 ${withParticle(time, '은')} 실제 날짜와 시각이 아닙니다 (예: 2019-03-22T10:00+09:00)`,
  notATime: (text) =>
    `${withParticle(text, '은')} 시각이 아닙니다: ISO 8601로 쓰세요. 예: 2019-03-22T10:00+09:00`,
  notATimeOfDay: (text) =>
    `${withParticle(text, '은')} 하루 중 시각이 아닙니다: HH:MM으로 쓰세요. 예: "09:00"`,
  unknownZone: (zone) => `시간대 ${withParticle(zone, '은')} liaison-sim이 모르는 시간대입니다`,
  zoneHint: 'IANA 시간대(zone: Asia/Seoul, America/New_York)를 쓰거나 KST 같은 이름표를 붙이세요',
  noOffset: (time) => `시각 ${time}에 UTC 오프셋이 없습니다`,
  addOffset: (withOffset) =>
    `파일의 오프셋을 붙여 "${withOffset}"처럼 쓰거나(UTC면 "Z"), zone: Asia/Seoul처럼 시간대를 지정해 오프셋 없이 읽게 하세요`,
  yearOutOfRange: (time, year, zone, first, last) =>
    `시각 ${withParticle(time, '은')} 파일의 시간대(${zone})로 ${year}년입니다; ${handles(first, last)}`,
  offsetUnlikeZone: (time, offset, zone, zoneOffset) =>
    `시각 ${time}의 오프셋은 ${offset}인데, 그때 ${withParticle(zone, '은')} ${zoneOffset}입니다`,
  offsetUnlikeFile: (time, offset, fileOffset) =>
    `시각 ${time}의 오프셋 ${withParticle(offset, '이')} 파일의 나머지(${fileOffset})와 다릅니다`,
  offsetHint: '시각은 쓰인 그대로 셉니다; 오프셋을 잘못 쓰지 않았는지 확인하세요',
  localTimeSkipped: (time, zone, readAs) =>
    `현지 시각 ${withParticle(time, '은')} ${zone}에 없는 시각입니다: 그날 밤 시계가 이 시각을 건너뛰므로 ${withParticle(readAs, '으로')} 읽습니다`,
  skippedHint: '있는 시각을 쓰거나, 실제 오프셋(예: +01:00)을 붙이세요',
  localTimeRepeated: (time, zone, firstOffset) =>
    `현지 시각 ${withParticle(time, '은')} ${zone}에서 두 번 있습니다: 그날 밤 시계를 되돌리므로 첫 번째(${firstOffset})로 읽습니다`,
  repeatedHint: (first, second) => `두 번째라면 ${second}, 첫 번째라면 ${first}처럼 오프셋을 붙여 쓰세요`,

  outsideCheckpoint: (n, at, from, to) => outside(`점검 시점 ${n}(${at})`, from, to),
  outsideQuestion: (n, at, from, to) => outside(`질문 ${n}(${at})`, from, to),
  undeclaredChannel: (key, channel) =>
    `${key}에 적힌 채널 ${withParticle(channel, '은')} 선언되지 않았습니다`,
  reservedParty: (id, raw) =>
    `${withParticle(id, '은')} 당사자 id로 쓸 수 없습니다: 사건에 쓰는 예약어입니다 (side: ${raw})`,
  tooFewParties: (n) => `시나리오에는 당사자가 적어도 둘 있어야 합니다; 이 파일은 ${n}개를 선언합니다`,
  tooManyParties: (max, n) =>
    `시나리오는 당사자를 최대 ${max}개까지 선언할 수 있습니다; 이 파일은 ${n}개를 선언합니다`,
  fewParties: '보드와 분석은 소수의 당사자, 곧 양측과 몇몇 중개자를 위해 만들어졌습니다',
  tooManyChannels: (max, n) =>
    `시나리오는 채널을 최대 ${max}개까지 선언할 수 있습니다; 이 파일은 ${n}개를 선언합니다`,
  undeclaredParty: (what, id) => `${what}에 적힌 ${withParticle(id, '은')} 선언된 당사자가 아닙니다`,
  sameTwice: (key, id) =>
    `${key}에 ${withParticle(id, '이')} 두 번 적혔습니다: 서로 다른 당사자 둘이 필요합니다`,
  endsBeforeStart: (end, start) => `시나리오가 시작(${start})하기 전에 끝납니다(${end})`,
  tooManyCalls: (from, to, calls, max) =>
    `${from}부터 ${to}까지 채널들이 정기 점검 통화를 최대 ${calls}번 하게 됩니다; liaison-sim은 최대 ${max}번까지 시뮬레이션합니다`,
  fewerCalls: '기간을 줄이거나, checks: 일정을 둔 채널 수를 줄이세요',
  checkTimeTwice: (time) => `점검 시각 ${withParticle(time, '이')} 두 번 적혔습니다`,
  sinceAfterStart: (channel, since, start) =>
    `채널 ${channel}의 initial.since(${since})가 시나리오 시작(${start}) 뒤입니다`,
  sinceHint:
    'since는 시작 상태가 언제 시작됐는지를 말하므로 start와 같거나 그 앞이어야 합니다; 빼면 start부터로 칩니다',
  cannotStart: {
    silent: '침묵하는 쪽(silent)',
    boycotting: '보이콧하는 쪽(boycotting)',
    unused: '쓰지 않는 쪽(unused)',
  },
  notAtEndCannot: (party, channel, ends, what) =>
    `${notAtEnd(party, channel, ends)} ${what}이 될 수 없습니다`,
  viaIsAnEnd: (party, channel) =>
    `${withParticle(party, '은')} 채널 ${channel}의 한쪽 끝입니다: 중계하는 당사자는 제3자여야 합니다`,
  staffNotAtEnd: (party, channel, ends) => givenFor('인원 수가', party, channel, ends),
  headCountNotAtEnd: (party, channel, ends) => givenFor('시작 인원이', party, channel, ends),
  noStaffNumber: (channel, party) => `채널 ${channel}의 "staff"에 ${party}의 인원 수(정원)가 없습니다`,
  addStaff: (party) => `staff 아래에 ${party}: 20 (또는 실제 인원)을 추가하세요`,
  noStaff: (party, channel) => `채널 ${channel}에서 ${party}의 정원은 1 이상이어야 합니다`,
  overStaffed: (party, count, full) => `${party}의 시작 인원 ${count}명이 정원 ${full}명보다 많습니다`,
  eventWhen: (n, at) => `사건 ${n}(${at})`,
  outOfOrder: (event, previous) =>
    `${withParticle(event, '이')} 앞 사건(${previous})보다 이릅니다: 사건은 시간 순서대로 적어야 합니다`,
  beforeStart: (event, start) => `${withParticle(event, '이')} 시나리오 시작(${start}) 전입니다`,
  afterEnd: (event, end) => `${withParticle(event, '이')} 시나리오 끝(${end}) 뒤입니다`,
  sideNotDeclared: (side, actors) =>
    `${withParticle(side, '은')} 선언된 당사자가 아닙니다: "side"는 ${actors.join(', ')} 중 하나여야 합니다`,
  noSuchChannel: (channel) => `채널 ${withParticle(channel, '이')} 없습니다`,
  channelTwice: (channel) => `채널 ${withParticle(channel, '이')} 두 번 적혔습니다`,
  nothingToDo: (n) => `사건 ${n}에 채널은 있지만 그곳에서 무엇을 할지("do")가 없습니다`,
  countOnly: onlyCounted,
  countNotFor: (event) => `${onlyCounted}. ${event}에는 쓰지 않습니다`,
  needsChannel: (event) => `${event}에는 대상 "channel"이 필요합니다`,
  addChannel: (channel) => `추가하세요: channel: ${channel}`,
  missingSide: (n, event) => `사건 ${n}에 "side"가 없습니다: 누가 ${withParticle(event, '을')} 합니까?`,
  addSide: (actors) => `side:를 추가하세요 (${actors.join(', ')} 중 하나)`,
  notNature: (event) =>
    `${withParticle(event, '은')} 한쪽의 인력이나 전화가 하는 일이므로 "side"가 nature일 수 없습니다`,
  nameTheParty: '당사자(또는 both)를 적으세요',
  reduceNeedsCount: '"reduce-staff"에는 "count"가 필요합니다: 남는 인원 수',
  kindHasNoEvent: (channel, kind, event) =>
    `채널 ${withParticle(channel, '은')} ${kind}이며, ${kind}에는 사건 ${withParticle(event, '이')} 없습니다`,
  kindCan: (kind, events) => `${kind}에서 할 수 있는 것: ${events.join(', ')}`,
  sideNotAtEnd: (side, channel, ends, event) =>
    `${notAtEnd(side, channel, ends)} 그곳에서 ${withParticle(event, '을')} 할 수 없습니다`,
  countOverFull: (count, full, party, channel) =>
    `count ${count}: 채널 ${channel}에 있는 ${party}의 인원 ${full}명(정원)보다 많습니다`,
  noReduction: (count, party, channel, full) =>
    `reduce-staff로 ${count}명은 감축이 아닙니다: 채널 ${channel}에서 ${party}의 정원이 ${full}명입니다`,
  reduceHint: '정원보다 작은 count를 쓰거나, 완전히 떠나려면 withdraw-staff를 쓰세요',
  refusedAt: (when, why) => `${when}에 ${why}`,

  bytes: (n) => `${n.toLocaleString('en-US')}바이트`,
  tooLarge: (size, limit, limitBytes) =>
    `파일이 ${size}입니다; 시나리오 파일은 최대 ${limit}(${limitBytes})까지이므로 읽지 않았습니다`,
  tooDeep: (brackets, columns) =>
    `파일의 목록이나 맵이 시나리오에 필요한 것보다 깊게 중첩되어(괄호 ${brackets}겹 또는 들여쓰기 ${columns}칸 초과) 읽지 않았습니다`,
  duplicateKey: (key) =>
    `${withParticle(key, '이')} 같은 맵에 두 번 나옵니다: 키(와 id)는 한 번씩만 쓸 수 있습니다`,
  tagNotAllowed: tagRefused,
  secondDocument:
    '여기서 두 번째 YAML 문서가 시작됩니다("---" 줄 뒤): 시나리오 파일에는 문서가 정확히 하나 있어야 합니다',
  removeSecondDocument: '"---" 줄과 그 뒤를 지우거나, 따로 파일로 옮기세요',
  colonInText: '따옴표 없는 텍스트 안의 콜론과 공백(": ")은 새 키를 시작합니다',
  quoteTheText: (text) => `텍스트를 따옴표로 감싸세요: ${text}`,
  indentedLess: '이 줄은 위의 키들보다 덜 들여써져서 그중 어디에도 속하지 않습니다',
  notClosed: '이 줄에서 시작한 목록([ ])이나 맵({ })이 제대로 닫히지 않았습니다',
  indentation: 'YAML은 들여쓰기로 구조를 나눕니다: 같은 맵의 키는 같은 열에서 시작해야 합니다',
  tabIndent: '이 줄은 탭으로 들여써져 있습니다: YAML은 공백으로만 들여씁니다',
  replaceTabs: '탭을 공백으로 바꾸세요 (대부분의 편집기는 Tab 키로 공백을 넣도록 설정할 수 있습니다)',
  yaml: (message) => `YAML: ${yamlInKorean(message)}`,
  mergeKey: '시나리오 파일에서는 YAML 병합 키("<<")를 쓸 수 없습니다',
  writeKeysOut: '앵커에서 병합하지 말고 키를 모두 적으세요',
  protoKey: '"__proto__"는 시나리오의 키나 id가 될 수 없습니다',
  idsStart: 'id는 영문자나 숫자로 시작합니다. 예: north, liaison-line',
  noAnchor: (name) =>
    `별칭 *${withParticle(name, '이')} 가리키는 앵커가 없습니다: 앞에 &${withParticle(name, '이')} 없습니다`,
  writeValueOut: '값을 모두 적으세요',
  tooManyAliases: (max) =>
    `이 파일은 YAML 별칭(*name)을 ${max}번 넘게 펼치므로 안전하지 않아 거부합니다: 몇 줄이 기가바이트로 불어날 수 있습니다`,
  writeRepeatsOut: '앵커(&name)와 별칭(*name) 대신 반복되는 부분을 그대로 적으세요',

  noFileHere: '이 경로에 파일이 없습니다',
  isDirectory: '시나리오 파일이 아니라 디렉터리입니다',
  permissionDenied: '이 파일을 읽을 수 없습니다: 권한이 없습니다',
  notAFolder: '이 경로에 파일이 없습니다 (경로의 일부가 폴더가 아닙니다)',
  cannotRead: (why) => `이 파일을 읽을 수 없습니다 (${why})`,
  noSuchScenario: '그런 파일도 없고, 이 id의 내장 시나리오도 없습니다',
  listShowsAll: (guess) => `${guess} (liaison-sim list로 모두 볼 수 있습니다)`,
  listShowsBundled: 'liaison-sim list로 내장 시나리오를 볼 수 있습니다',
  internal: (message) => `시나리오를 읽는 중 내부 오류: ${message}`,
};
