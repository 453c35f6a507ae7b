import type { en } from './en.js';
import type { Table } from './table.js';

/** Korean. */
export const ko: Table<typeof en> = {
  status: {
    open: '개통',
    degraded: '불완전',
    closed: '단절',
  },
};
