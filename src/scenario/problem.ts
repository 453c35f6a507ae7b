import { visibleControls, visibleOnOneLine } from '../text/sanitize.js';
import { wordsFor, type Lang } from '../words/index.js';

/** One thing wrong with a scenario file, at its place in the file. */
export interface Problem {
  file: string;
  /** 0 (and col 0) when the problem has no place in a file: a name that is no file at all. */
  line: number;
  col: number;
  message: string;
  hint?: string;
}

/** What did not load (or run): every problem, and the language they are said in. */
export type Failed = { ok: false; problems: Problem[]; lang: Lang };

export const failed = (problems: Problem[], lang: Lang): Failed => ({ ok: false, problems, lang });

/**
 * "file:line:col: message", plus "\n  hint: …" when there is a hint. Messages can quote
 * raw file text and the file name, which never passed the loader's cleaning: cleaned here.
 */
export function formatProblem(p: Problem, lang: Lang = 'en'): string {
  const w = wordsFor(lang).validate;
  const place = p.line === 0 ? '' : `:${p.line}:${p.col}`;
  const head = w.problem(`${visibleOnOneLine(p.file)}${place}`, visibleControls(p.message));
  return p.hint ? `${head}\n${w.hint(visibleControls(p.hint))}` : head;
}

/** Every problem, one per line (with its hint lines), ending in a newline: what a command prints. */
export const formatProblems = (problems: readonly Problem[], lang: Lang = 'en'): string =>
  problems.map((p) => `${formatProblem(p, lang)}\n`).join('');

/** For problems with the file as a whole (unreadable, too large): line 1, column 1. */
export function problemAtStart(file: string, message: string, hint?: string): Problem {
  return { file, line: 1, col: 1, message, ...(hint ? { hint } : {}) };
}

/** For a name that is neither a file nor anything else known: no line or column to give. */
export function problemWithoutPlace(name: string, message: string, hint?: string): Problem {
  return { file: name, line: 0, col: 0, message, ...(hint ? { hint } : {}) };
}
