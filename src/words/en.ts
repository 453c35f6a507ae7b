import type { SpecialKind } from '../io/readBounded.js';
import type { ChannelStatus } from '../model/scenario.js';
import type { SpanUnit } from '../time/span.js';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

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
  /** One unit of a span of time: "7 months", "1 day". */
  span: {
    years: (n: number) => plural(n, 'year'),
    months: (n: number) => plural(n, 'month'),
    days: (n: number) => plural(n, 'day'),
    hours: (n: number) => plural(n, 'hour'),
    minutes: (n: number) => plural(n, 'minute'),
  } satisfies Record<SpanUnit, (n: number) => string>,
  /** Where a typed moment falls among the steps (the `/` jump and `run --at`). */
  moment: {
    notATime: (text: string) =>
      `"${text}" is not a time: type YYYY-MM-DD or YYYY-MM-DD HH:MM (read at the scenario's offset).`,
    beforeStart: (asked: string, start: string) => `${asked} is before the scenario starts (${start}).`,
    between: (asked: string, shown: string, before: string, next: string, after: string) =>
      `No step at ${asked}: showing how things stood from ${shown} (${before} before); next step ${next} (${after} later).`,
    afterEnd: (asked: string, last: string, before: string) =>
      `${asked} is after the last step: showing the last step, ${last} (${before} before).`,
  },
  /** Reading scenario files and writing exports: what sits at a path, and why it is refused. */
  files: {
    kinds: {
      directory: 'a directory',
      fifo: 'a FIFO or pipe',
      'character-device': 'a character device',
      'block-device': 'a block device',
      socket: 'a socket',
      other: 'a special file',
    } satisfies Record<SpecialKind, string>,
    notRegular: (kind: string) => `not a regular file (${kind})`,
    readFromFile: 'a scenario is read from a regular file: save the text as a .yaml file and name that',
    nameFileInside: 'name a .yaml file inside it',
    tooLargeRead: (limit: string) =>
      `the file holds more than ${limit}; a scenario file may be at most ${limit}, so it was not read further`,
    forceOnlyRegular: (path: string, kind: string) =>
      `${path} is ${kind}, not a regular file; --force replaces only a regular file`,
    danglingLink: (path: string) =>
      `${path} is a symbolic link to a file that does not exist; --force writes through a link only to an existing file`,
  },
};
