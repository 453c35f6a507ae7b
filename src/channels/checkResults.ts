import type { Lang } from '../words/lang.js';
import { allKinds } from './registry.js';

/** What a routine contact came to: a check call answered, a consultation held, and so on. */
export type CheckResult = string;

interface CheckResultWords {
  /** For sentences: "Liaison line unanswered". */
  words: string;
  /** For the board, beside the time: "09:00 ✗ unanswered". */
  mark: string;
  /** Whether the other side was actually reached. */
  reached: boolean;
  /** The kind's own heading for its routine contact ("Session at 10:00"), if it has one. */
  routine?: (clock: string) => string;
}

/**
 * One table for every way a result is put, so narration, board and debrief agree. Each
 * kind names its own outcomes (no two kinds share a name), in its words.ts.
 */
export function checkResult(outcome: CheckResult, lang: Lang = 'en'): CheckResultWords {
  for (const kind of allKinds()) {
    const words = kind.words[lang].outcome[outcome];
    const reached = kind.contact.reached[outcome];
    if (words && reached !== undefined) {
      const routine = kind.words[lang].routine;
      return routine ? { ...words, reached, routine } : { ...words, reached };
    }
  }
  return { words: outcome, mark: `? ${outcome}`, reached: false };
}
