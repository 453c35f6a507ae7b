import { en } from './en.js';
import { ko } from './ko.js';
import type { Lang } from './lang.js';
import type { Table } from './table.js';

export type Words = Table<typeof en>;
export type { Lang } from './lang.js';

const TABLES: Record<Lang, Words> = { en, ko };

/** Every word of the tool in one language. */
export const wordsFor = (lang: Lang): Words => TABLES[lang];
