import { beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

/** Questions in the faces that are not the screen: `run` and `validate`. */
let out = '';
let err = '';
beforeEach(() => {
  out = '';
  err = '';
});

/** `liaison-sim <command> ...args` in-process; what it writes adds to out and err. */
const command =
  (name: string) =>
  async (args: string[]): Promise<number> => {
    const result = await cli([name, ...args]);
    out += result.stdout;
    err += result.stderr;
    return result.code;
  };
const run = command('run');
const validate = command('validate');

const GOOD = 'test/fixtures/valid/withdrawal.yaml';
const LATE = 'test/fixtures/valid/late-question.yaml';
const ASK = 'The office is closed. Can the two governments still talk?';
const ANSWER = 'Yes, over the liaison line and the military line.';

describe('run prints the class questions', () => {
  it('at the step that shows them, and keeps the answers back', async () => {
    expect(await run([GOOD])).toBe(0);
    const lines = out.split('\n');
    const at = lines.indexOf(`    question: ${ASK}`);
    // The question shows at the first step at or after its time (12:00): the 15:00 meeting.
    expect(lines[at - 1]).toMatch(/^2019-03-22 15:00 {2}South — The South's security council meets\./);
    expect(out).not.toContain(ANSWER);
    expect(out).toContain('  questions: 1\n  answers: add --answers to print them\n');
  });

  it('with --answers, each answer under its question', async () => {
    expect(await run([GOOD, '--answers'])).toBe(0);
    expect(out).toContain(`    question: ${ASK}\n    answer: ${ANSWER}\n`);
  });

  it('with --at, the questions of that moment', async () => {
    expect(await run([GOOD, '--at', '2019-03-22 15:30'])).toBe(0);
    expect(out).toContain(`question: ${ASK}`);
    out = '';
    expect(await run([GOOD, '--at', '2019-03-23'])).toBe(0);
    expect(out).not.toContain('question:');
  });

  it('counts a question timed after the last step as shown nowhere', async () => {
    await run([LATE]);
    expect(out).not.toContain('Who picked up the last call');
    expect(out).toContain('  questions: 2 (1 after the last step, shown at none)\n');
  });
});

describe('run --json carries the questions, the answers under their own key', () => {
  it('each question with the frame that shows it, null for none', async () => {
    expect(await run([LATE, '--json'])).toBe(0);
    const report = JSON.parse(out) as {
      frames: { index: number; at: string }[];
      questions: {
        asked: { index: number; at: string; frame: number | null; ask: string }[];
        answers: { question: number; answer: string }[];
      };
    };
    const { asked, answers } = report.questions;
    expect(asked.map((q) => q.ask)).toEqual([ASK, 'Who picked up the last call of the day?']);
    expect(asked[0]!.at).toBe('2019-03-22T12:00:00+09:00');
    // Shown at the first frame at or after its time: the 15:00 meeting.
    expect(report.frames[asked[0]!.frame!]!.at).toBe('2019-03-22T15:00:00+09:00');
    expect(asked[1]!.frame).toBeNull();
    expect(answers).toEqual([
      { question: 0, answer: ANSWER },
      { question: 1, answer: 'Nobody; no step comes after the last check call.' },
    ]);
    // The asked list holds no answer: a tool can hand it to a class as it is.
    expect(JSON.stringify(asked)).not.toContain(ANSWER);
  });
});

describe('validate warns about a question no step will show', () => {
  it('on stderr, at the question time, and the file still validates', async () => {
    expect(await validate([LATE])).toBe(0);
    expect(out).toBe(`${LATE}: ok (3 events, 3 channels)\n`);
    expect(err).toBe(
      `${LATE}:50:9: warning: this question, at 25 Mar 2019 17:30, comes after the last step (25 Mar 2019 17:00), so no step will show it; move it to the last step or before\n`,
    );
  });

  it('says nothing when every question shows', async () => {
    expect(await validate([GOOD])).toBe(0);
    expect(err).toBe('');
  });
});
