import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/timeline/simulate.js';
import { narrationLines } from '../../src/ui/narration-lines.js';
import { initialState, reduce, type UiState } from '../../src/ui/state.js';
import { kst, march2019 } from '../support/scenarios.js';
import { NO_KEY } from '../../src/ui/keys.js';

// A question for the class shows at its frame; its answer only when the teacher asks (a).
const question = {
  at: kst('2019-03-22T10:00'),
  ask: 'Can the two governments still talk?',
  answer: 'Yes: every telephone line still answers.',
};
const history = simulate({ ...march2019(), questions: [question] });
const asked = history.frames.findIndex((f) => f.at === question.at);
const press = (state: UiState, input: string) =>
  reduce(state, {
    type: 'key',
    input,
    key: NO_KEY,
  });

describe('answers to the class questions', () => {
  const input = {
    scenario: history.scenario,
    frame: history.frames[asked]!,
    branchFrom: null,
    differs: new Map(),
    questions: [question],
  };
  const atQuestion: UiState = { ...initialState(history), index: asked };

  it('are revealed by a at the question, and hidden again by any move', () => {
    const revealed = press(atQuestion, 'a');
    expect(revealed.answersAt).toBe(asked);
    const moved = press(revealed, 'l');
    expect(moved.answersAt === moved.index).toBe(false);
    expect(press(moved, 'h').answersAt === asked).toBe(true); // back: still revealed, as it was
  });

  it('say so when there is no question at this step', () => {
    const state = press(initialState(history), 'a');
    expect(state.answersAt).toBeNull();
    expect(state.message).toMatch(/No question at this step/);
  });

  it('show in the narration only once revealed', () => {
    const hidden = narrationLines({ ...input, showAnswers: false }, 70, 8).map((l) => l.text);
    expect(hidden).toContain('Question (a: answer): Can the two governments still talk?');
    expect(hidden.join(' ')).not.toMatch(/telephone line still answers/);
    const shownLines = narrationLines({ ...input, showAnswers: true }, 70, 8).map((l) => l.text);
    expect(shownLines).toContain('Answer: Yes: every telephone line still answers.');
  });

  it('get the room of a small panel once revealed', () => {
    // Four lines, 40 wide: the story keeps one line and the answer is shown whole.
    const lines = narrationLines({ ...input, showAnswers: true }, 40, 4).map((l) => l.text);
    expect(lines.join(' ')).toMatch(/Answer: Yes: every telephone line still\s+answers\./);
  });
});
