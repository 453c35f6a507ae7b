import { describe, expect, it } from 'vitest';
import { formatRunText } from '../../src/report/text.js';
import { simulate } from '../../src/timeline/simulate.js';
import { narrationContent } from '../../src/ui/narration-lines.js';
import { frameNarration } from '../../src/words/event.js';
import { speakerFor } from '../../src/words/speaker.js';
import { march2019 } from '../support/scenarios.js';

/** The March 2019 week with no narration of its own. */
function unnarrated() {
  const scenario = march2019();
  scenario.events = scenario.events.map((e) => ({ ...e, narrate: '' }));
  const timeline = simulate(scenario);
  const withdrawal = timeline.frames.find((f) => f.event?.do === 'withdraw-staff')!;
  return { scenario, timeline, withdrawal };
}

describe('an event the scenario does not narrate', () => {
  const { scenario, timeline, withdrawal } = unnarrated();

  it('is said by its kind, in the language of the screen', () => {
    expect(frameNarration(withdrawal, speakerFor(scenario, 'en'))).toBe(
      'North withdraws its staff from the Joint Liaison Office.',
    );
    // The names are the scenario's own (English here); the rest is the kind's Korean.
    expect(frameNarration(withdrawal, speakerFor(scenario, 'ko'))).toBe(
      'North, Joint Liaison Office에서 인원 철수',
    );
  });

  it('keeps the English in the frame, for run --json', () => {
    expect(withdrawal.narration).toBe('North withdraws its staff from the Joint Liaison Office.');
  });

  it('reads in Korean in the narration panel and the text report', () => {
    const input = { scenario, frame: withdrawal, questions: [], showAnswers: false, branchFrom: null };
    const panel = narrationContent({ ...input, differs: new Map(), lang: 'ko' }, 60);
    const text = panel.essential.map((l) => l.text).join(' ');
    expect(text).toContain(frameNarration(withdrawal, speakerFor(scenario, 'ko')));
    expect(text).not.toMatch(/withdraw/);
    expect(formatRunText(timeline, { lang: 'ko' })).not.toMatch(/withdraw-staff|send-staff/);
  });
});
