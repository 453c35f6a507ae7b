import type { en } from './en.js';
import type { Table } from './table.js';

/** Korean. */
export const ko: Table<typeof en> = {
  status: {
    open: '개통',
    degraded: '불완전',
    closed: '단절',
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
};
