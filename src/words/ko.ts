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
};
