import type { LocalTime } from '../time/clock.js';
import type { en } from './en.js';
import type { Table } from './table.js';

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
    routine: (clock, results) => `${clock} 정기 점검: ${results.join('; ')}.`,
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
    longestSilence: (length, from, to) => `최장 두절 ${length}: ${from} – ${to ?? '끝 (여전히 단절)'}`,
    contacts: (noun, made, ok, okWord, missed, missedWord) =>
      `${noun}: ${made}회, ${okWord} ${ok}회, ${missedWord} ${missed}회`,
    by: (times, who) => `${who} ${times}회`,
    cut: (by) => `단절: ${by.join(', ')}`,
    restored: (by) => `복구: ${by.join(', ')}`,
    sides: (pair, noDirect, share, none) =>
      `${pair}: 직통 채널 없음 ${noDirect} (${share}); 경로 전혀 없음 ${none}`,
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
    noSuchChannel: '그런 채널 없음',
    atMoment: (when, step, steps) => `${when} 기준, ${steps}개 단계 중 ${step}번째:`,
    summary: '요약',
    frames: (frames, events, checks) => `단계: ${frames}개 (사건 ${events}개, 정기 점검 ${checks}개)`,
    expectations: (passed, failed) => `기대: 통과 ${passed}개, 실패 ${failed}개${failed > 0 ? '  !!!' : ''}`,
    atEnd: (when) => `끝 (${when}):`,
  },
  chart: {
    legend: (glyphs) =>
      `${glyphs.open} 개통  ${glyphs.degraded} 불완전  ${glyphs.closed} 단절;` +
      ` 양측: ${glyphs.open} 여러 경로  ${glyphs.degraded} 마지막 연결 하나  ${glyphs.closed} 단절`,
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
    keyTitle: '사건',
    channels: (count) => `채널 ${count}개`,
    keyLine: (date, who, what, narration) => `${date} · ${who}: ${what}${narration}`,
    keyWhat: (action, where) => `${action} (${where}) · `,
    tooltip: (label, period) => `${label}: ${period}`,
  },
  ui: {
    debriefTitle: (branch, more) =>
      `결산: ${branch ? '가정' : '실제'} 전체${more > 0 ? ` (↓ ${more}줄 더)` : ''}`,
  },
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
    forceOnlyRegular: (path, kind) =>
      `${path}은(는) ${kind}이며 일반 파일이 아닙니다; --force는 일반 파일만 바꿉니다`,
    danglingLink: (path) =>
      `${path}은(는) 존재하지 않는 파일을 가리키는 심볼릭 링크입니다; --force는 존재하는 파일로 가는 링크만 따라 씁니다`,
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
    lastLinkTitle: '마지막 연결 고리의 변화',
    questionsTitle: '질문',
    answer: '답',
    yourAnswer: '나의 답:',
    nothing: '—',
    whatIfNote: (count) =>
      `원래 시나리오에서 분기 시점 뒤에 있던 질문 ${count}개는 이 가정에서 답이 더 이상 맞지 않아 뺐습니다.`,
  },
};
