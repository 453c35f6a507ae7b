import type { LocalTime } from '../time/clock.js';
import type { en } from './en.js';
import { withParticle } from './particle.js';
import type { Table } from './table.js';
import { cli } from './commands-ko.js';
import { problems } from './problems-ko.js';

const WEEKDAYS = ['일', '월', '화', '수', '목', '금', '토'];
const pad = (n: number) => String(n).padStart(2, '0');
const clock = (t: LocalTime) => `${pad(Math.floor(t.minutes / 60))}:${pad(t.minutes % 60)}`;
/** "2019년 3월 22일" */
const date = (t: LocalTime) => `${t.year}년 ${t.month}월 ${t.day}일`;
/**
 * The status words. 가동 (working), not 개통: 개통 is the act of opening a line, and an office
 * is never 개통; 제한 (limited) fits a degraded line and a partly staffed office alike.
 */
const STATUS = { open: '가동', degraded: '제한', closed: '단절' };
/** A value an expectation compares, as the report shows it: statuses and yes/no in Korean. */
const VALUES: Record<string, string> = { ...STATUS, true: '가능', false: '불가', none: '없음' };
const value = (v: string) => VALUES[v] ?? v;

/** Korean. Dates follow Korean conventions: 2019년 3월 22일 (금) 10:00 KST. */
export const ko: Table<typeof en> = {
  status: STATUS,
  state: STATUS,
  time: {
    weekday: (t) => WEEKDAYS[t.weekday]!,
    month: (t) => `${t.month}월`,
    date,
    dateTime: (t) => `${date(t)} ${clock(t)}`,
    long: (t, zone) => `${date(t)} (${WEEKDAYS[t.weekday]}) ${clock(t)} ${zone}`,
    dayDate: (t) => `${date(t)} (${WEEKDAYS[t.weekday]})`,
    dayClock: (t) => `${t.month}월 ${t.day}일 (${WEEKDAYS[t.weekday]}) ${clock(t)}`,
    dayDateClock: (t) => `${date(t)} (${WEEKDAYS[t.weekday]}) ${clock(t)}`,
    weekdayClock: (t) => `(${WEEKDAYS[t.weekday]}) ${clock(t)}`,
    axisDay: (t) => `${t.day}일 (${WEEKDAYS[t.weekday]})`,
    axisWeek: (t) => `${t.month}월 ${t.day}일`,
    axisMonthYear: (t) => `${t.year}년 ${t.month}월`,
    year: (t) => `${t.year}년`,
    duration: (d) =>
      d.days > 0
        ? d.hours > 0
          ? `${d.days}일 ${d.hours}시간`
          : `${d.days}일`
        : d.hours > 0
          ? d.minutes > 0
            ? `${d.hours}시간 ${d.minutes}분`
            : `${d.hours}시간`
          : `${d.minutes}분`,
    range: (from, to) => `${from} – ${to}`,
    span: (from, fromLabel, to, toLabel) =>
      fromLabel === toLabel
        ? `${date(from)} ${clock(from)} – ${date(to)} ${clock(to)} ${fromLabel}`
        : `${date(from)} ${clock(from)} ${fromLabel} – ${date(to)} ${clock(to)} ${toLabel}`,
  },
  checks: {
    heading: (clock) => `${clock} 정기 점검`,
    routine: (heading, results) => `${heading}: ${results.join(', ')}.`,
    result: (channel, result) => `${channel} ${result}`,
  },
  reach: {
    pair: (a, b) => `${a} ⇄ ${b}`,
    // 직접 채널, not 직통: an office is a direct channel too, and 직통 says telephone.
    over: (open, of) => `직접 채널 ${of}개 중 ${open}개로 연락 가능`,
    noDirect: '직접 채널 없음',
    noDirectLoud: '직접 채널 없음!',
    none: '연락 경로 없음',
    noneLoud: '직접 채널 없음: 연락 경로가 하나도 남지 않음',
    via: (parties, channels) => `${parties.join(', ')} 경유 (${channels.join(' + ')})`,
    // 마지막 연결 고리: how Korean news speaks of the one line left between the two Koreas.
    lastLink: (channels) => `마지막 연결 고리: ${channels.join(', ')}`,
    parts: (parts) => parts.join(' · '),
    redundant: '여러 경로',
    oneLastLink: '연결 고리 하나뿐',
    cutOff: '연락 두절',
    onlyVia: (parties) => `${parties.join(', ')} 경유뿐`,
    changedCutOff: '가동 중인 채널 없음',
    changedRedundant: '다시 여러 경로',
  },
  debrief: {
    // 결과 정리, not 결산: 결산 is the settling of accounts.
    title: (period, length) => `결과 정리: ${period} (${length})`,
    share: (percent) => `${percent}%`,
    shareUnder: (percent) => `${percent}% 미만`,
    shareOver: (percent) => `${percent}% 초과`,
    timeIn: (state, length, share) => `${state} ${length} (${share})`,
    channel: (name, times) => `${name}: ${times.join(' · ') || '이 기간에 든 시간 없음'}`,
    longestSilence: (length, from, to, soFar) =>
      `최장 두절 ${length}: ${from} – ${to ?? (soFar ? '지금 (여전히 단절)' : '종료 시점 (여전히 단절)')}`,
    beforeStart: (from) => `${from} (이 시나리오 시작 전)`,
    firstOpened: (when, who) => `${when} 처음 열림 (${who})`,
    silenceBegun: (from, soFar) =>
      soFar ? `두절 진행 중: ${from}부터 단절` : `종료 시점에 두절 시작: ${from}부터 단절`,
    contacts: (noun, made, ok, okWord, missed) =>
      `${noun}: ${made}회 중 ${okWord} ${ok}회${missed.map(([n, word]) => `, ${word} ${n}회`).join('')}`,
    tally: (noun, counts) => `${noun}: ${counts.join(', ')}`,
    count: (times, what) => `${what} ${times}회`,
    by: (times, who) => `${who} ${times}회`,
    cut: (by) => `차단: ${by.join(', ')}`,
    restored: (by) => `복구: ${by.join(', ')}`,
    sides: (pair, noDirect, share, none) =>
      `${pair}: 직접 채널이 없던 시간 ${noDirect} (${share}), 연락 경로가 전혀 없던 시간 ${none}`,
    sidesAlways: (pair) => `${pair}: 기간 내내 직접 채널 유지`,
    sidesRouted: (pair, noDirect, share) =>
      `${pair}: 직접 채널이 없던 시간 ${noDirect} (${share}), 다른 당사자를 거치는 경로는 기간 내내 유지`,
    change: (when, what) => `${when}: ${what}`,
  },
  narration: {
    unnarrated: (phrase) => phrase,
  },
  report: {
    period: (from, to, id) => `${from}부터 ${to}까지 (${id})`,
    start: '시작.',
    whatIfTag: '[가정]',
    // 가상 for a scenario's own counterfactual events; 가정 is a what-if played on screen.
    counterfactualTag: '[가상]',
    refused: (message) => `거부됨: ${message}`,
    // "기대 …, 실제 …": no particle has to follow a name or a value from the file.
    failed: (channel, expected, actual, reason) =>
      `!!! 기대와 다름: ${channel} 기대 ${value(expected)}, 실제 ${value(actual)} (${reason})`,
    reachFailed: (about, expected, actual, checkpoint) =>
      `!!! 기대와 다름: ${about === 'reachable' ? '연락 가능 여부' : '마지막 연결 고리'} 기대 ${value(expected)}, 실제 ${value(actual)}${checkpoint === null ? '' : ` (점검 지점 ${checkpoint + 1})`}`,
    noSuchChannel: '그런 채널 없음',
    atMoment: (when, step, steps) => `${when} 기준 (전체 ${steps}단계 중 ${step}단계):`,
    summary: '요약',
    frames: (frames, events, checks) => `단계: ${frames}개 (사건 ${events}건, 정기 점검 ${checks}회)`,
    expectations: (passed, failed) =>
      `기대 결과: 통과 ${passed}건, 실패 ${failed}건${failed > 0 ? '  !!!' : ''}`,
    atEnd: (when) => `종료 시점 (${when}):`,
  },
  chart: {
    legend: (channels, sides) => `${channels.join('  ')}  /  양측: ${sides.join('  ')}`,
  },
  svg: {
    subtitle: (period, sides, channels) => `${period} · ${sides.join(', ')} · 채널 ${channels}개`,
    description: (subtitle) => `채널별 상태 타임라인, ${subtitle}.`,
    legendChannel: '채널',
    legendSides: '양측',
    legendEvents: '사건',
    onChannel: '채널 사건',
    context: '배경',
    counterfactual: '가상',
    notYet: '미개설',
    keyTitle: '사건',
    keyEvent: (date, what, narration) => `${date} · ${what}${narration ? ` · ${narration}` : ''}`,
    keyContext: (date, who, narration) => `${date} · ${who}: ${narration}`,
    keyNarration: (date, narration) => `${date} · ${narration}`,
    tooltip: (label, period) => `${label}: ${period}`,
  },
  ui: {
    tooSmall: (columns, rows, needColumns, needRows) =>
      `터미널이 너무 작습니다: liaison-sim에는 ${withParticle(`${needColumns}×${needRows}`, '이')} 필요합니다 (지금 ${columns}×${rows}). q: 종료.`,
    whatIfFlag: '가정 · 실제 역사 아님',
    whatIfFlagShort: '가정',
    channels: '채널',
    channelsWindow: (first, last, all) => `채널 ${first}–${last} / ${all} (↑↓)`,
    noCheckYet: '점검 전',
    checkLabel: '점검',
    wasInHistory: (status) => `≠ 실제: ${withParticle(status, '이었음')}`,
    storyTitle: '지금까지',
    noStoryYet: '아직 시나리오 사건이 없습니다.',
    helpTitle: '도움말',
    whatHappened: '일어난 일',
    // Not 가정 again: the what-if tag beside it already says 가정.
    branchTitle: '분기',
    tag: {
      whatIf: '가정 · 실제 역사 아님',
      notHistory: '실제 역사 아님',
      counterfactual: '가상',
      historical: '실제 역사',
      start: '시작',
      checks: '정기 점검',
      bothAct: '양측 행동',
      nature: '자연: 누구의 선택도 아님',
      acts: (who) => `${who} 행동`,
      line: (tag, who) => `${tag} · ${who}`,
    },
    refusedHere: (message) => `이 가정에서는 일어날 수 없음: ${message}`,
    differs: (parts) => `실제 역사와 다름: ${parts.join(', ')}`,
    differsOne: (channel, status) => `${channel} (실제: ${status})`,
    question: (text) => `질문: ${text}`,
    answer: (text) => `답: ${text}`,
    questionHint: (text) => `질문 (a: 답): ${text}`,
    source: (text) => `출처: ${text}`,
    inHistory: (text) => `실제 역사에서는: ${text}`,
    help: {
      step: '한 단계 앞으로 / 뒤로 (언제든 즉시)',
      edges: '첫 단계 / 마지막 단계',
      play: '재생 / 멈춤, + / - 빠르게 / 느리게',
      skip: '정기 점검 건너뛰기: 시나리오 사건에서만 멈춤',
      jump: '날짜로 이동: 2019-03-25 또는 2019-03-25 09:00',
      change: '채널 상태의 다음 / 이전 변화',
      follow: 'n / N이 따라갈 채널 고르기 (번호로)',
      scroll: '채널이 다 들어가지 않을 때 채널 목록 넘기기',
      whatIf: '가정해 보기: 채널을 고른 뒤, 지금 일어날 수 있는 일 고르기',
      branch: '가정에서: 같은 순간의 실제 역사로 돌아가기 / 파일로 저장',
      answer: '이 단계에 나온 질문의 답 보기',
      present: '발표 모드: 이야기 전체 표시, 질문에서 재생 멈춤, 뒤의 단계 숨김',
      pages: '패널보다 긴 이야기의 다음 / 이전 쪽',
      debrief: '결과 정리: 채널별 가동 시간, 최장 두절, 누가 무엇을 끊었나',
      whole: '결과 정리에서: 지금까지 / 전체',
      quit: '종료',
    },
    marksKey: '표시',
    marks: (marks) => `${marks.join('  ')} (글자로도 표시)`,
    lanesKey: '띠',
    lanes: (glyphs, now) => `${glyphs.join('  ')}  ${now} 지금 (구간마다 가장 나쁜 상태)`,
    differsKey: '≠ 실제',
    differsHelp: '가정에서: 이 채널이 실제로 일어난 일과 다름 (좁은 줄에는 ≠만 표시)',
    bar: {
      help: '↑↓ 넘기기  Esc/? 도움말 닫기  q 종료',
      debrief: '↑↓ 넘기기  f 지금까지/전체  Esc/d 닫기  q 종료',
      present: '←→ 단계  space 재생  a 답  ] [ 쪽  d 결과 정리  p 발표 끄기  ? 도움말  q 종료',
      prompt: 'Enter 이동  Backspace 지우기  Esc 취소',
      pick: '번호 입력 또는 ↑↓ 후 Enter  Esc 취소',
      branch: '←→ 단계  b 역사로  w 저장  ? 도움말  q 종료  space 재생',
      wide: '←→ 단계  space 재생  g/G 처음/끝  / 이동  n/N 다음 변화  s 점검 건너뛰기  i 가정  d 결과 정리  ? 도움말  q 종료',
      narrow: '←→ 단계  ? 도움말  q 종료  space 재생  / 이동  n/N 변화  i 가정  d 결과 정리',
      allKeys: '? 모든 키',
    },
    lanesHidden: (count) => `(↑↓ ${count}개 더)`,
    jumpPrompt: (text) => `이동할 시각 (YYYY-MM-DD 또는 YYYY-MM-DD HH:MM): ${text}▏`,
    countPrompt: (min, max, text) => `몇 명? (${min}–${max}): ${text}▏`,
    playing: (speed) => `▶ 재생 중, 초당 ${speed}단계 (+ -)`,
    paused: '⏸ 멈춤 (space: 재생)',
    eventsOnly: '시나리오 사건만 (s: 모두)',
    checksToo: '정기 점검 포함 (s: 건너뛰기)',
    follows: (which) => `n/N: ${which}의 변화`,
    anyChannel: '모든 채널',
    statusSeparator: '  ·  ',
    whatIfAt: (when) => `가정해 보기: ${when}, 어느 채널?`,
    followWhich: 'n / N이 따라갈 채널은? (0: 모든 채널)',
    whatCouldHappen: (channel) => `지금 ${channel}에 일어날 수 있는 일은?`,
    howMany: (whatIf, min, max) => `${whatIf}: 몇 명? ${min}–${max} 입력 후 Enter.`,
    followTitle: '따라가기',
    whatIfTitle: '가정',
    followAny: 'n / N은 이제 모든 채널의 변화로 이동합니다.',
    followOne: (channel) => `n / N은 이제 ${channel}의 변화로 이동합니다.`,
    nothingCanHappen: (channel) => `지금은 ${channel}에 일어날 수 있는 일이 없습니다.`,
    typeNumber: (min, max) => `${min}에서 ${max} 사이의 숫자를 입력하세요.`,
    whatIfNarration: (whatIf, channel) =>
      `가정: ${whatIf} (${channel}). 실제로는 일어나지 않은 일로, 여기서부터는 시뮬레이션입니다.`,
    whatIfShown: (whatIf) => `가정: ${whatIf}. 실제 역사 아님. b: 실제 역사로 · w: 시나리오로 저장`,
    alreadyWhatIf: '이미 가정 중입니다: 먼저 b를 눌러 실제 역사로 돌아가세요.',
    atEdge: (end, eventsOnly) => `이미 ${eventsOnly ? '시나리오 사건의 ' : ''}${end ? '끝' : '처음'}입니다.`,
    noChange: (later, which) => `${which}의 ${later ? '다음' : '이전'} 변화 없음.`,
    speed: (speed) => `속도: 초당 ${speed}단계.`,
    allFrames: '정기 점검을 포함해 모든 단계를 거칩니다.',
    skipping: '정기 점검 건너뛰기: 시나리오 사건에서만 멈춥니다.',
    backToHistory: '실제 역사로 돌아왔습니다.',
    noQuestion: '이 단계에는 질문이 없습니다: 질문이 보일 때 a를 누르면 답이 나옵니다.',
    unknownKey: (input) => `"${input}" 키는 여기서 아무 일도 하지 않습니다: ?를 누르면 모든 키가 보입니다.`,
    saving: '가정을 저장하는 중…',
    saved: (path) => `가정을 저장했습니다: ${path}`,
    alreadySaved: (path) => `이 가정은 이미 저장되어 있습니다: ${path}`,
    nothingToSave: '저장할 것이 없습니다: w는 가정 분기를 저장합니다.',
    couldNotSave: (why) => `저장하지 못했습니다: ${why}`,
  },
  list: {
    isDefault: '(기본)',
    none: '내장 시나리오가 없습니다.',
  },
  validate: {
    ok: (file, events, channels) => `${file}: 문제 없음 (사건 ${events}개, 채널 ${channels}개)`,
    noFile: '시나리오 파일을 하나 이상 지정하세요',
    problem: (where, message) => `${where}: ${message}`,
    hint: (text) => `  도움말: ${text}`,
  },
  problems,
  cli,
  questions: {
    ask: (text) => `질문: ${text}`,
    answer: (text) => `답: ${text}`,
    neverShown: (when, last) =>
      `경고: 이 질문(${when})은 마지막 단계(${last}) 뒤에 있어 어느 단계에서도 보이지 않습니다. 마지막 단계나 그 앞으로 옮기세요`,
    count: (total, unshown) =>
      `질문: ${total}개${unshown > 0 ? ` (${unshown}개는 마지막 단계 뒤에 있어 보이지 않음)` : ''}`,
    answersHint: '답: --answers를 붙이면 출력합니다',
  },
  span: {
    years: (n) => `${n}년`,
    months: (n) => `${n}개월`,
    days: (n) => `${n}일`,
    hours: (n) => `${n}시간`,
    minutes: (n) => `${n}분`,
  },
  moment: {
    notATime: (text) =>
      `시각으로 읽을 수 없음: "${text}". YYYY-MM-DD 또는 YYYY-MM-DD HH:MM 형식으로 입력하세요 (시나리오의 시간대 기준).`,
    // No particle after a time: "10:00" is read 열 시, which digits alone cannot tell.
    beforeStart: (asked, start) => `시나리오 시작(${start}) 전의 시각입니다: ${asked}`,
    afterScenarioEnd: (asked, end) => `시나리오 끝(${end}) 뒤의 시각입니다: ${asked}`,
    between: (asked, shown, before, next, after) =>
      `${asked}에는 단계가 없습니다: ${shown}(${before} 전)부터의 상태를 보여 줍니다. 다음 단계는 ${next}(${after} 뒤)입니다.`,
    afterEnd: (asked, last, before) =>
      `마지막 단계 뒤의 시각입니다 (${asked}): 마지막 단계(${last}, ${before} 전)를 보여 줍니다.`,
  },
  /** While history is still being simulated behind the screen. */
  progress: {
    mark: '시뮬레이션 중…',
    waiting: '시뮬레이션 중: 그 단계는 아직 계산되지 않았습니다. 계산되는 대로 화면이 그곳으로 갑니다.',
    soFar: (count) => `${count}+`,
    debriefWaiting:
      '나머지 실행을 아직 시뮬레이션하는 중입니다: 끝나는 대로 전체 실행의 수치가 여기에 나옵니다 (f: 지금까지의 수치).',
    whatIfWaiting: '시뮬레이션 중: 비교할 나머지 실제 역사가 계산되는 대로 가정을 보여 줍니다.',
  },
  files: {
    kinds: {
      directory: '디렉터리',
      fifo: 'FIFO 또는 파이프',
      'character-device': '문자 장치',
      'block-device': '블록 장치',
      socket: '소켓',
      other: '특수 파일',
    },
    notRegular: (kind) => `일반 파일이 아닙니다 (${kind})`,
    readFromFile: '시나리오는 일반 파일에서 읽습니다: 내용을 .yaml 파일로 저장한 뒤 그 파일을 지정하세요',
    nameFileInside: '그 안의 .yaml 파일을 지정하세요',
    notUtf8: '이 부분은 UTF-8 텍스트가 아닙니다 (파일이 다른 인코딩으로 저장되었습니다)',
    utf16: '이 파일은 UTF-16 텍스트입니다; 시나리오 파일은 UTF-8이어야 합니다',
    saveAsUtf8: '파일을 UTF-8 인코딩으로 다시 저장하세요 (대부분의 편집기: 다른 이름으로 저장 → 인코딩)',
    tooLargeRead: (limit) => `파일이 너무 큽니다: 시나리오 파일은 최대 ${limit}까지이므로 더 읽지 않았습니다`,
    exists: (path) =>
      `${withParticle(path, '이')} 이미 있습니다: 다른 이름을 고르거나 --force를 붙여 덮어쓰세요`,
    cannotWrite: (path, reason) => `${path}에 쓸 수 없습니다: ${reason}`,
    wrote: (path) => `저장했습니다: ${path}`,
    writeErrors: {
      ENOENT: '그 폴더가 없습니다',
      ENOTDIR: '경로의 일부가 폴더가 아닙니다',
      EACCES: '권한이 없습니다',
      EPERM: '권한이 없습니다',
      EROFS: '읽기 전용 파일 시스템입니다',
      ENOSPC: '디스크가 가득 찼습니다',
      EDQUOT: '디스크 할당량을 다 썼습니다',
      ENAMETOOLONG: '이름이 너무 깁니다',
      ELOOP: '심볼릭 링크가 서로를 가리키며 돌고 있습니다',
    },
    forceOnlyRegular: (path, kind) =>
      `${withParticle(path, '은')} ${kind}이며 일반 파일이 아닙니다: --force는 일반 파일만 덮어씁니다`,
    danglingLink: (path) =>
      `${withParticle(path, '은')} 없는 파일을 가리키는 심볼릭 링크입니다: --force는 있는 파일을 가리키는 링크만 따라가 씁니다`,
  },
  whatIf: {
    savedTitle: (title, n) => `${title} (가정 #${n})`,
    savedSummary: (title, when, phrase) =>
      `가정 (${when}): ${phrase}. "${title}"에서 갈라진 분기로, 그 시점까지는 실제 역사이고 그 뒤는 실제 역사가 아닌 시뮬레이션입니다.`,
    savedNarration: (phrase) => `가정: ${phrase}.`,
    narrationsRetold: (n) =>
      `원래 시나리오에서 그 시점 뒤에 있던 서술 ${n}개는 이 분기와 맞지 않아, 사건은 시뮬레이터의 문장으로 바꾸고 이야기만 하던 메모는 뺐습니다.`,
    questionsLeftOut: (n) =>
      `원래 시나리오에서 그 시점 뒤에 있던 질문 ${n}개는 이 분기에서 답이 더 이상 맞지 않아 뺐습니다.`,
  },
  diagrams: {
    title: (scenario) => `${scenario}의 상태 기계`,
    generated: '기계 정의에서 생성했습니다. `[*]` 화살표는 시작 상태가 정해지는 방식을 보여 줍니다.',
    kindHeading: (kind, machine) => `${kind} (${machine} 기계)`,
    usedBy: (channels) =>
      `사용하는 채널: ${channels}. 끝점 \`a\`는 채널 \`between\`의 첫째 당사자, \`b\`는 둘째 당사자입니다.`,
    rootHeading: (machine) => `시뮬레이션 루트 (${machine} 기계)`,
    root: '채널마다 위의 기계를 하나씩 띄우고, 시나리오의 각 사건을 그 채널로 보냅니다.',
  },
  handout: {
    studentsVersion: '학생용',
    answerKey: '정답지: 교사용 (학생에게 나누어 주지 마세요)',
    period: '기간',
    scenario: '시나리오',
    tryIt: '직접 단계별로 살펴보려면:',
    partiesTitle: '당사자와 채널',
    parties: (list, sides) => `당사자: ${list}. 양측: ${sides}.`,
    partyWithShort: (name, short) => `${name}(${short})`,
    channelHead: {
      channel: '채널',
      kind: '종류',
      between: '당사자',
      checks: '정기 점검',
      start: '시작 시 상태',
    },
    // 가운뎃점 between the facts: Korean prose has no semicolon.
    channelFacts: (facts, start) => [...facts, start].join(' · '),
    checks: (times, daily) => `${daily ? '매일' : '평일'} ${times}`,
    noChecks: '없음',
    startState: (status, reason) => `${status} (${reason})`,
    timelineTitle: '타임라인',
    timelineNote:
      '각 줄은 채널 하나입니다. 마지막 줄은 양측이 아직 서로 연락할 수 있었는지를 보여 줍니다. 숫자는 아래 사건 목록의 번호입니다.',
    chartKey: (open, degraded, closed) =>
      `${open} ${STATUS.open} · ${degraded} ${STATUS.degraded} · ${closed} ${STATUS.closed}`,
    eventsTitle: '사건',
    source: (text) => `출처: ${text}`,
    counterfactual: '가상: 실제로 일어나지 않은 일',
    figuresTitle: '결과 수치',
    over: (duration, span) => `${span} (총 ${duration})`,
    figureHead: {
      channel: '채널',
      open: STATUS.open,
      degraded: STATUS.degraded,
      closed: STATUS.closed,
      checks: '정기 점검',
    },
    checksOf: (ok, made, word) => `${made}회 중 ${ok}회 ${word}`,
    debriefTitle: '결과 정리',
    conclusionHead: {
      channel: '채널',
      silence: '최장 두절',
      cuts: '차단한 쪽',
      restores: '복구한 쪽',
    },
    silence: (duration, from, to) => `${duration} (${from} – ${to})`,
    untilEnd: '종료 시점',
    silenceAtEnd: (from) => `종료 시점에 시작 (${from})`,
    timesBy: (who, times) => `${who} ${times}회`,
    firstOpenedBy: (who) => `처음 연 쪽: ${who}`,
    sides: (a, b, noDirect, unreachable) =>
      `${withParticle(a, '과')} ${b} 사이에 직접 채널이 없던 시간은 ${noDirect}, 연락 경로가 전혀 없던 시간은 ${unreachable}입니다.`,
    sidesAlways: (a, b) => `${withParticle(a, '과')} ${b} 사이에는 기간 내내 직접 채널이 열려 있었습니다.`,
    sidesRouted: (a, b, noDirect) =>
      `${withParticle(a, '과')} ${b} 사이에는 ${noDirect} 동안 직접 채널이 없었지만, 다른 당사자를 거치는 경로는 기간 내내 있었습니다.`,
    lastLinkTitle: '마지막 연결 고리의 변화',
    questionsTitle: '질문',
    answer: '답',
    yourAnswer: '내 답:',
    nothing: '—',
  },
  classroom: {
    presentOn: '발표 모드: 이야기 전체 표시, 질문에서 재생 멈춤, 뒤의 단계 숨김 (p: 끄기)',
    presentOff: '발표 모드 끔: 띠 그래프가 다시 전체 진행을 보여 줍니다.',
    presentTag: '발표 중',
    stoppedAtQuestion: '수업 질문입니다: a를 누르면 답이 나오고, space를 누르면 계속 재생합니다.',
    morePages: (page, pages) => `▼ ${pages}쪽 중 ${page}쪽: ] 다음, [ 이전`,
    lastPage: (pages) => `▲ ${pages}쪽 중 ${pages}쪽: ] 처음으로`,
    quitUnsaved: '이 가정은 저장되지 않았습니다: q 종료 · w 먼저 저장 · 다른 키: 계속',
    run: '시뮬레이션',
    whatIf: '가정 시뮬레이션',
    debriefWhole: (what) => `결과 정리: ${what} 전체`,
    debriefSoFar: (what, until) => `결과 정리: ${until}까지의 ${what}`,
    moreBelow: (lines) => `(↓ ${lines}줄 더)`,
    debriefToggle: (whole) => (whole ? 'f: 지금까지' : 'f: 전체'),
  },
};
