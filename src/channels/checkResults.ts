import type { ConsultOutcome } from '../machines/liaisonOfficeMachine.js';
import type { CheckOutcome } from '../machines/hotlineMachine.js';

/** What a routine check call (hotline) or consultation (office) came to. */
export type CheckResult = CheckOutcome | ConsultOutcome;

interface CheckResultWords {
  /** For sentences: "Liaison line unanswered". */
  words: string;
  /** For the board, beside the time: "09:00 ✗ unanswered". */
  mark: string;
  /** Whether the other side was actually reached. */
  reached: boolean;
}

/** One table for every way a result is put, so narration, board and debrief agree. */
export const CHECK_RESULTS: Record<CheckResult, CheckResultWords> = {
  answered: { words: 'answered', mark: '✓', reached: true },
  unanswered: { words: 'unanswered', mark: '✗ unanswered', reached: false },
  'no-line': { words: 'no line', mark: '✗ no line', reached: false },
  held: { words: 'consultation held', mark: '✓ met', reached: true },
  'one-sided': { words: 'only one side came', mark: '✗ one side came', reached: false },
  'no-office': { words: 'office not operating', mark: '✗ no office', reached: false },
};
