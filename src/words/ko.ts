import type { LocalTime } from '../time/clock.js';
import type { en } from './en.js';
import type { Table } from './table.js';
import { problems } from './problems-ko.js';

const WEEKDAYS = ['일', '월', '화', '수', '목', '금', '토'];
const pad = (n: number) => String(n).padStart(2, '0');
const clock = (t: LocalTime) => `${pad(Math.floor(t.minutes / 60))}:${pad(t.minutes % 60)}`;
/** "2019년 3월 22일" */
const date = (t: LocalTime) => `${t.year}년 ${t.month}월 ${t.day}일`;

/** Korean. Dates follow Korean conventions: 2019년 3월 22일 (금) 10:00 KST. */
export const ko: Table<typeof en> = {
  status: {
    open: '개통',
    degraded: '불완전',
    closed: '단절',
  },
  state: {
    open: '개통',
    degraded: '불완전',
    closed: '단절',
  },
  time: {
    weekday: (t) => WEEKDAYS[t.weekday]!,
    month: (t) => `${t.month}월`,
    date,
    dateTime: (t) => `${date(t)} ${clock(t)}`,
    long: (t, zone) => `${date(t)} (${WEEKDAYS[t.weekday]}) ${clock(t)} ${zone}`,
    dayDate: (t) => `${date(t)} (${WEEKDAYS[t.weekday]})`,
    dayClock: (t) => `${t.month}월 ${t.day}일 (${WEEKDAYS[t.weekday]}) ${clock(t)}`,
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
    routine: (heading, results) => `${heading}: ${results.join('; ')}.`,
    result: (channel, result) => `${channel} ${result}`,
  },
  reach: {
    pair: (a, b) => `${a} ⇄ ${b}`,
    over: (open, of) => `직통 채널 ${of}개 중 ${open}개로 연결`,
    noDirect: '직통 채널 없음',
    noDirectLoud: '직통 채널 없음!',
    none: '남은 채널 없음',
    noneLoud: '직통 채널 없음: 남은 채널이 하나도 없음',
    via: (parties, channels) => `${parties.join(', ')} 경유 (${channels.join(' + ')})`,
    lastLink: (channels) => `마지막 연결: ${channels.join(', ')}`,
    parts: (parts) => parts.join('; '),
    redundant: '여러 경로',
    oneLastLink: '마지막 연결 하나',
    cutOff: '단절',
    onlyVia: (parties) => `${parties.join(', ')} 경유만`,
    changedCutOff: '열린 채널 없음',
    changedRedundant: '다시 여러 경로',
  },
  debrief: {
    title: (period, length) => `결산: ${period} (${length})`,
    share: (percent) => `${percent}%`,
    timeIn: (state, length, share) => `${state} ${length} (${share})`,
    channel: (name, times) => `${name}: ${times.join(' · ') || '기간 중 시간 없음'}`,
    longestSilence: (length, from, to, soFar) =>
      `최장 두절 ${length}: ${from} – ${to ?? (soFar ? '지금 (여전히 단절)' : '끝 (여전히 단절)')}`,
    contacts: (noun, made, ok, okWord, missed) =>
      `${noun}: ${made}회, ${okWord} ${ok}회${missed.map(([n, word]) => `, ${word} ${n}회`).join('')}`,
    tally: (noun, counts) => `${noun}: ${counts.join(', ')}`,
    count: (times, what) => `${what} ${times}회`,
    by: (times, who) => `${who} ${times}회`,
    cut: (by) => `단절: ${by.join(', ')}`,
    restored: (by) => `복구: ${by.join(', ')}`,
    sides: (pair, noDirect, share, none) =>
      `${pair}: 직통 채널 없음 ${noDirect} (${share}); 경로 전혀 없음 ${none}`,
    sidesAlways: (pair) => `${pair}: 기간 내내 직통 채널 유지`,
    change: (when, what) => `${when}: ${what}`,
  },
  report: {
    period: (from, to, id) => `${from}부터 ${to}까지 (${id})`,
    start: '시작.',
    whatIfTag: '[가정]',
    counterfactualTag: '[반사실]',
    refused: (message) => `거부됨: ${message}`,
    failed: (channel, expected, actual, reason) =>
      `!!! 기대 실패: ${channel}은(는) ${expected}여야 하지만 ${actual}임 (${reason})`,
    reachFailed: (about, expected, actual, checkpoint) =>
      `!!! 기대 실패: ${about === 'reachable' ? '연결 가능' : '마지막 연결'}은(는) ${expected}여야 하지만 ${actual}임${checkpoint === null ? '' : ` (점검 지점 ${checkpoint + 1})`}`,
    noSuchChannel: '그런 채널 없음',
    atMoment: (when, step, steps) => `${when} 기준, ${steps}개 단계 중 ${step}번째:`,
    summary: '요약',
    frames: (frames, events, checks) => `단계: ${frames}개 (사건 ${events}개, 정기 점검 ${checks}개)`,
    expectations: (passed, failed) => `기대: 통과 ${passed}개, 실패 ${failed}개${failed > 0 ? '  !!!' : ''}`,
    atEnd: (when) => `끝 (${when}):`,
  },
  chart: {
    legend: (channels, sides) => `${channels.join('  ')}; 양측: ${sides.join('  ')}`,
  },
  svg: {
    subtitle: (period, sides, channels) => `${period} · ${sides.join(', ')} · 채널 ${channels}개`,
    description: (subtitle) => `채널별 상태 타임라인, ${subtitle}.`,
    legendChannel: '채널',
    legendSides: '양측',
    legendEvents: '사건',
    onChannel: '채널 사건',
    context: '배경',
    counterfactual: '반사실',
    notConnected: '미개통',
    keyTitle: '사건',
    keyEvent: (date, what, narration) => `${date} · ${what}${narration ? ` · ${narration}` : ''}`,
    keyContext: (date, who, narration) => `${date} · ${who}: ${narration}`,
    tooltip: (label, period) => `${label}: ${period}`,
  },
  ui: {
    tooSmall: (columns, rows, needColumns, needRows) =>
      `터미널이 너무 작음: liaison-sim에는 ${needColumns}×${needRows}가 필요함 (지금 ${columns}×${rows}). q: 종료.`,
    whatIfFlag: '가정 · 실제 역사 아님',
    channels: '채널',
    channelsWindow: (first, last, all) => `채널 ${first}–${last} / ${all} (↑↓)`,
    noCheckYet: '점검 전',
    checkLabel: '점검',
    // Every status word ends in a consonant (개통, 불완전, 단절): the copula is 이었음.
    wasInHistory: (status) => `≠ 역사: ${status}이었음`,
    storyTitle: '지금까지',
    noStoryYet: '아직 사건 없음.',
    helpTitle: '도움말',
    whatHappened: '일어난 일',
    // Not 가정 again: the what-if tag beside it already says 가정.
    branchTitle: '분기',
    tag: {
      whatIf: '가정 · 실제 역사 아님',
      notHistory: '역사 아님',
      counterfactual: '반사실',
      historical: '역사',
      start: '시작',
      checks: '정기 점검',
      bothAct: '양측 행동',
      nature: '자연: 누구의 선택도 아님',
      acts: (who) => `${who} 행동`,
      line: (tag, who) => `${tag} · ${who}`,
    },
    refusedHere: (message) => `이 가정에서는 일어날 수 없음: ${message}`,
    differs: (parts) => `역사와 다름: ${parts.join(', ')}`,
    differsOne: (channel, status) => `${channel} (역사: ${status})`,
    question: (text) => `질문: ${text}`,
    answer: (text) => `답: ${text}`,
    questionHint: (text) => `질문 (a: 답): ${text}`,
    source: (text) => `출처: ${text}`,
    inHistory: (text) => `역사에서는: ${text}`,
    help: {
      step: '한 단계 앞으로 / 뒤로 (언제든 즉시)',
      edges: '첫 단계 / 마지막 단계',
      play: '재생 또는 멈춤; + / - 빠르게 또는 느리게',
      skip: '정기 점검 통화 건너뛰기: 각본 사건에만 멈춤',
      jump: '날짜로 이동: 2019-03-25 또는 2019-03-25 09:00',
      change: '채널 상태의 다음 / 이전 변화',
      follow: 'n / N이 따라갈 채널 고르기 (번호로)',
      scroll: '채널이 다 들어가지 않을 때 채널 목록 넘기기',
      whatIf: '가정…: 채널을 고르고, 지금 일어날 수 있는 일 고르기',
      branch: '가정: 같은 순간의 역사로 돌아가기 / 파일로 저장',
      answer: '이 단계에 나온 수업 질문의 답 보이기',
      present: '발표 모드: 이야기 전체 표시, 질문에서 재생 멈춤, 뒤의 단계 숨김',
      pages: '패널보다 긴 이야기의 다음 / 이전 쪽',
      debrief: '결산: 채널별 개통 시간, 최장 두절, 누가 무엇을 끊었나',
      whole: '결산에서: 지금까지 / 전체 진행',
      quit: '끝내기',
    },
    marksKey: '표시',
    marks: (marks) => `${marks.join('  ')} (글자로도 표시)`,
    lanesKey: '줄',
    lanes: (glyphs, now) => `${glyphs.join('  ')}  ${now} 지금 (구간마다 가장 나쁜 상태)`,
    differsKey: '≠ 역사',
    differsHelp: '가정에서: 이 채널이 실제로 일어난 일과 다름',
    bar: {
      help: '↑↓ 넘기기  Esc/? 도움말 닫기  q 끝내기',
      debrief: '↑↓ 넘기기  f 지금까지/전체  Esc/d 닫기  q 끝내기',
      present: '←→ 단계  space 재생  a 답  ] [ 쪽  d 결산  p 발표 끄기  ? 도움말  q 끝내기',
      prompt: 'Enter 이동  Backspace 지우기  Esc 취소',
      pick: '번호를 치거나 ↑↓ 뒤 Enter  Esc 취소',
      branch: '←→ 단계  b 역사로  w 저장  ? 도움말  q 끝내기  space 재생',
      wide: '←→ 단계  space 재생  g/G 처음/끝  / 이동  n/N 다음 변화  s 점검 건너뛰기  i 가정  d 결산  ? 도움말  q 끝내기',
      narrow: '←→ 단계  ? 도움말  q 끝내기  space 재생  / 이동  n/N 변화  i 가정  d 결산',
    },
    jumpPrompt: (text) => `이동할 때 (YYYY-MM-DD 또는 YYYY-MM-DD HH:MM): ${text}▏`,
    countPrompt: (min, max, text) => `몇 명? (${min}–${max}): ${text}▏`,
    playing: (speed) => `▶ 재생 중, 초당 ${speed}단계 (+ -)`,
    paused: '⏸ 멈춤 (space: 재생)',
    eventsOnly: '각본 사건만 (s: 전부)',
    checksToo: '정기 점검 포함 (s: 건너뛰기)',
    follows: (which) => `n/N: ${which}의 변화`,
    anyChannel: '모든 채널',
    statusSeparator: '  ·  ',
    whatIfAt: (when) => `가정… ${when}. 어느 채널?`,
    followWhich: 'n / N이 따라갈 채널은? (0: 모든 채널)',
    whatCouldHappen: (channel) => `지금 ${channel}에 무슨 일이 일어날 수 있나?`,
    howMany: (whatIf, min, max) => `${whatIf}: 몇 명? ${min}–${max} 입력 후 Enter.`,
    followTitle: '따라가기',
    whatIfTitle: '가정',
    followAny: 'n / N은 이제 모든 채널의 변화로 이동합니다.',
    followOne: (channel) => `n / N은 이제 ${channel}의 변화로 이동합니다.`,
    nothingCanHappen: (channel) => `지금은 ${channel}에 일어날 수 있는 일이 없습니다.`,
    typeNumber: (min, max) => `${min}에서 ${max} 사이의 숫자를 치십시오.`,
    whatIfNarration: (whatIf, channel) =>
      `가정… ${whatIf} (${channel})? 실제로 일어나지 않은 일: 여기서부터는 모의 실행입니다.`,
    whatIfShown: (whatIf) => `가정: ${whatIf}. 역사 아님. b: 역사로 · w: 시나리오로 저장`,
    alreadyWhatIf: '이미 가정입니다: 먼저 b로 역사로 돌아가십시오.',
    atEdge: (end, eventsOnly) => `이미 ${eventsOnly ? '각본 사건의 ' : ''}${end ? '끝' : '처음'}입니다.`,
    noChange: (later, which) => `${which}의 ${later ? '다음' : '이전'} 변화 없음.`,
    speed: (speed) => `속도: 초당 ${speed}단계.`,
    allFrames: '정기 점검을 포함해 모든 단계를 거칩니다.',
    skipping: '정기 점검 건너뛰기: 각본 사건에만 멈춥니다.',
    backToHistory: '역사로 돌아왔습니다.',
    noQuestion: '이 단계에는 질문이 없습니다: 질문이 보일 때 a를 누르면 답이 나옵니다.',
    unknownKey: (input) => `"${input}" 키는 여기서 아무 일도 하지 않습니다: ?를 누르면 모든 키가 보입니다.`,
    saving: '가정을 저장하는 중…',
    saved: (path) => `가정을 ${path}(으)로 저장했습니다`,
    couldNotSave: (why) => `저장하지 못함: ${why}`,
  },
  validate: {
    ok: (file, events, channels) => `${file}: 문제 없음 (사건 ${events}개, 채널 ${channels}개)`,
    noFile: '시나리오 파일을 하나 이상 지정하십시오',
    problem: (where, message) => `${where}: ${message}`,
    hint: (text) => `  도움말: ${text}`,
  },
  problems,
  questions: {
    ask: (text) => `질문: ${text}`,
    answer: (text) => `답: ${text}`,
    neverShown: (when, last) =>
      `경고: 이 질문(${when})은 마지막 단계(${last}) 뒤에 있어 어느 단계에서도 보이지 않습니다. 마지막 단계나 그 앞으로 옮기십시오`,
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
      `"${text}"은(는) 시각이 아닙니다: YYYY-MM-DD 또는 YYYY-MM-DD HH:MM 형식으로 입력하세요(시나리오의 시간대 기준).`,
    beforeStart: (asked, start) => `${asked}은(는) 시나리오 시작(${start}) 이전입니다.`,
    between: (asked, shown, before, next, after) =>
      `${asked}에는 단계가 없습니다: ${shown}(${before} 전)부터의 상태를 보여 줍니다. 다음 단계는 ${next}(${after} 후).`,
    afterEnd: (asked, last, before) =>
      `${asked}은(는) 마지막 단계 이후입니다: 마지막 단계 ${last}(${before} 전)를 보여 줍니다.`,
  },
  /** While history is still being simulated behind the screen. */
  progress: {
    mark: '시뮬레이션 중…',
    waiting: '시뮬레이션 중: 그 단계는 아직 계산되지 않았습니다. 계산되는 대로 화면이 그곳으로 갑니다.',
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
    tooLargeRead: (limit) =>
      `파일이 ${limit}를 넘습니다; 시나리오 파일은 최대 ${limit}까지이므로 더 읽지 않았습니다`,
    exists: (path) => `${path}이(가) 이미 있습니다; 다른 이름을 고르거나 --force를 붙여 바꾸세요`,
    cannotWrite: (path, reason) => `${path}에 쓸 수 없습니다: ${reason}`,
    writeErrors: {
      ENOENT: '그 폴더가 없습니다',
      ENOTDIR: '경로의 일부가 폴더가 아닙니다',
      EACCES: '권한이 없습니다',
      EPERM: '권한이 없습니다',
      EROFS: '읽기 전용 파일 시스템입니다',
      ENOSPC: '디스크가 가득 찼습니다',
      EDQUOT: '디스크 할당량을 다 썼습니다',
      ENAMETOOLONG: '이름이 너무 깁니다',
    },
    forceOnlyRegular: (path, kind) =>
      `${path}은(는) ${kind}이며 일반 파일이 아닙니다; --force는 일반 파일만 바꿉니다`,
    danglingLink: (path) =>
      `${path}은(는) 존재하지 않는 파일을 가리키는 심볼릭 링크입니다; --force는 존재하는 파일로 가는 링크만 따라 씁니다`,
  },
  whatIf: {
    savedTitle: (title, n) => `${title} (가정 #${n})`,
    savedSummary: (title, when, phrase) =>
      `가정: ${when}, ${phrase}. "${title}"의 분기: 그 시점까지는 역사, 그 뒤는 시뮬레이션이며 역사가 아닙니다.`,
    savedNarration: (phrase) => `가정… ${phrase}.`,
    questionsLeftOut: (n) =>
      `원래 시나리오에서 그 시점 뒤에 있던 질문 ${n}개는 이 분기에서 답이 더 이상 맞지 않아 뺐습니다.`,
  },
  handout: {
    studentsVersion: '학생용',
    answerKey: '정답지: 교사용, 학생에게 배포하지 마십시오',
    period: '기간',
    scenario: '시나리오',
    tryIt: '직접 단계별로 살펴보려면:',
    partiesTitle: '당사자와 채널',
    parties: (list, sides) => `당사자: ${list}. 양측: ${sides}.`,
    partyWithShort: (name, short) => `${name}(${short})`,
    channelHead: {
      channel: '채널',
      kind: '종류',
      between: '연결',
      checks: '정기 통화',
      start: '시작 시점',
    },
    checks: (times, daily) => `${daily ? '매일' : '평일'} ${times}`,
    noChecks: '없음',
    startState: (status, reason) => `${status}: ${reason}`,
    timelineTitle: '타임라인',
    timelineNote:
      '각 줄은 채널 하나입니다. 마지막 줄은 양측이 아직 서로 연락할 수 있었는지를 보여 줍니다. 숫자는 아래 사건 목록의 번호입니다.',
    chartKey: (open, degraded, closed) => `${open} 개통 · ${degraded} 불완전 · ${closed} 단절`,
    eventsTitle: '사건',
    source: (text) => `출처: ${text}`,
    counterfactual: '가정: 실제로 일어나지 않은 일',
    figuresTitle: '결과 수치',
    over: (duration, span) => `${span}, ${duration} 동안.`,
    figureHead: { channel: '채널', open: '개통', degraded: '불완전', closed: '단절', checks: '정기 통화' },
    checksOf: (ok, made, word) => `${made}회 중 ${ok}회 ${word}`,
    debriefTitle: '결과 정리',
    conclusionHead: {
      channel: '채널',
      silence: '최장 두절',
      cuts: '차단한 쪽',
      restores: '복구한 쪽',
    },
    silence: (duration, from, to) => `${duration} (${from} – ${to})`,
    untilEnd: '끝',
    timesBy: (who, times) => `${who} ×${times}`,
    sides: (a, b, noDirect, unreachable) =>
      `${a}와(과) ${b} 사이에 직접 채널이 없던 시간은 ${noDirect}, 연락 경로가 전혀 없던 시간은 ${unreachable}입니다.`,
    sidesAlways: (a, b) => `${a}와(과) ${b} 사이에는 기간 내내 직통 채널이 열려 있었습니다.`,
    lastLinkTitle: '마지막 연결 고리의 변화',
    questionsTitle: '질문',
    answer: '답',
    yourAnswer: '나의 답:',
    nothing: '—',
  },
  classroom: {
    presentOn:
      '발표 모드: 이야기를 모두 보여 주고, 질문마다 재생을 멈추며, 뒤의 단계는 보이지 않습니다 (p: 끄기).',
    presentOff: '발표 모드 끔: 띠 그래프가 다시 전체 진행을 보여 줍니다.',
    presentTag: '발표 중',
    stoppedAtQuestion: '학급에 던지는 질문: a는 답을 보여 주고, space는 계속 재생합니다.',
    morePages: (page, pages) => `▼ ${pages}쪽 중 ${page}쪽: ] 다음, [ 이전`,
    lastPage: (pages) => `▲ ${pages}쪽 중 ${pages}쪽: ] 처음으로`,
    quitUnsaved: '이 가정은 저장되지 않았습니다: q 종료, w 먼저 저장, 다른 키는 계속.',
    run: '진행',
    whatIf: '가정 상황',
    debriefWhole: (what) => `결산: ${what} 전체`,
    debriefSoFar: (what, until) => `결산: ${until}까지의 ${what}`,
    moreBelow: (lines) => `(↓ ${lines}줄 더)`,
    debriefToggle: (whole) => (whole ? 'f: 지금까지' : 'f: 전체'),
  },
};
