import type { ChannelStatus } from '../model/scenario.js';

/** English: the default language, and the shape every other language follows. */
export const en = {
  status: {
    open: 'OPEN',
    degraded: 'DEGRADED',
    closed: 'CLOSED',
  } satisfies Record<ChannelStatus, string>,
  /** A scenario's class questions, wherever they are shown. */
  questions: {
    ask: (text: string) => `question: ${text}`,
    answer: (text: string) => `answer: ${text}`,
    /** `validate`'s warning about a question timed after the last step. */
    neverShown: (when: string, last: string) =>
      `warning: this question, at ${when}, comes after the last step (${last}), so no step will show it; move it to the last step or before`,
    /** The run report's summary line. */
    count: (total: number, unshown: number) =>
      `questions: ${total}${unshown > 0 ? ` (${unshown} after the last step, shown at none)` : ''}`,
    answersHint: 'answers: add --answers to print them',
  },
};
