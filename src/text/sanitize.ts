/**
 * No byte from a scenario file may steer the terminal. Every string a scenario carries is
 * cleaned once, at load, so every face (text, screen, JSON, Markdown, HTML, SVG) is clean
 * by construction; messages that quote raw file text or file names are cleaned as they are
 * printed. A control character is shown, not dropped, so an author can find the byte:
 * ESC reads "␛", a C1 control "\u009b", a bidi override "\u202e".
 */
import { truncate } from './width.js';

/**
 * C0 controls but tab and newline, DEL, C1 controls, the line and paragraph separators, and
 * the bidi embeddings, overrides and isolates (which can reorder what a reader sees).
 */
/* eslint-disable no-control-regex -- finding control characters is this module's job */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
/** UNSAFE for a yes-or-no test (a global pattern keeps state between tests). */
const UNSAFE_ANY = new RegExp(UNSAFE.source, 'u');
const UNSAFE_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
/* eslint-enable no-control-regex */

const escaped = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** The visible stand-in for one unsafe character. */
function standIn(ch: string): string {
  const code = ch.charCodeAt(0);
  // The Unicode control pictures: ␀ … ␟, ␡.
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return escaped(ch);
}

/** `text` with every character that could steer a terminal shown as a visible stand-in. */
export const visibleControls = (text: string): string => text.replace(UNSAFE, standIn);

/** Like visibleControls, and a newline or tab shows too: for a file name or one line. */
export const visibleOnOneLine = (text: string): string => text.replace(UNSAFE_OR_BREAK, standIn);

/**
 * Scenario text as the model keeps it: controls made visible, and a line or paragraph
 * separator turned into the newline it means.
 */
export const cleanText = (text: string): string =>
  text.replace(UNSAFE, (ch) => (ch === '\u2028' || ch === '\u2029' ? '\n' : standIn(ch)));

/** Whether cleanText would change `text`. */
export const hasUnsafeText = (text: string): boolean => UNSAFE_ANY.test(text);

/** Whether `value` holds no string (key or value) that cleanText would change. */
function isClean(value: unknown): boolean {
  if (typeof value === 'string') return !UNSAFE_ANY.test(value);
  if (Array.isArray(value)) {
    for (const item of value) if (!isClean(item)) return false;
    return true;
  }
  if (value !== null && typeof value === 'object')
    for (const key of Object.keys(value))
      if (UNSAFE_ANY.test(key) || !isClean((value as Record<string, unknown>)[key])) return false;
  return true;
}

/**
 * Parsed data with every string cleaned, keys too. What has nothing to clean is given
 * back as it is (a large scenario is not copied for nothing); an object that changes is
 * rebuilt from its own entries, so a key such as "__proto__" stays an ordinary key.
 */
export function cleanStrings<T>(value: T): T {
  if (isClean(value)) return value;
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => cleanStrings(item)) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [cleanText(key), cleanStrings(item)]),
    ) as T;
  return value;
}

/** Longest stretch of someone's text a message quotes, in terminal columns. */
export const QUOTE_COLUMNS = 40;

/**
 * Someone's text as a message quotes it: on one line, controls visible (a newline reads
 * "␊"), cut to `columns` terminal columns with an ellipsis.
 */
export function shorten(text: string, columns = QUOTE_COLUMNS): string {
  // Only the head is looked at: a megabyte of text costs no more than its first columns.
  const head = text.slice(0, columns * 4).replace(/[\ud800-\udbff]$/, '');
  const shown = visibleOnOneLine(head);
  const cut = truncate(shown, columns);
  return head.length < text.length && cut === shown ? `${truncate(shown, columns - 1)}…` : cut;
}

/** `"text"`, shortened. */
export const quote = (text: unknown, columns = QUOTE_COLUMNS): string =>
  `"${shorten(String(text), columns)}"`;
