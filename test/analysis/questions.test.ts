import { describe, expect, it } from 'vitest';
import { questionsAt, questionsByFrame } from '../../src/analysis/questions.js';
import { simulate } from '../../src/timeline/simulate.js';
import { kst } from '../support/scenarios.js';
import { withIntermediary } from '../support/intermediary.js';

describe('questions', () => {
  const scenario = withIntermediary();
  const { frames } = simulate(scenario);

  it('shows a question at the frame of its own time, or the next frame after it', () => {
    const byFrame = questionsByFrame(frames, scenario.questions);
    const asked = [...byFrame].map(([index, qs]) => [frames[index]!.at, qs.map((q) => q.ask)]);
    expect(asked).toEqual([
      // Tue 12:00 is the stop-answering event itself.
      [kst('2020-06-02T12:00'), ['Which channel is the last link now?']],
      // Nothing happens between Wed 09:30 (consultation) and the 14:00 connection: both wait for it.
      [kst('2020-06-03T14:00'), ['Can they talk at all?', 'Who could help?']],
    ]);
  });

  it('gives the questions of one frame, and none elsewhere', () => {
    const connect = frames.findIndex((f) => f.event?.do === 'connect');
    expect(questionsAt(frames, scenario.questions, connect).map((q) => q.answer)).toEqual([
      'No: nothing is left.',
      'China, if it had a line.',
    ]);
    expect(questionsAt(frames, scenario.questions, connect - 1)).toEqual([]);
  });

  it('drops a question later than every frame', () => {
    const late = [{ at: kst('2020-06-09T00:00'), ask: 'Later?', answer: 'Never shown.' }];
    expect(questionsByFrame(frames, late).size).toBe(0);
  });
});
