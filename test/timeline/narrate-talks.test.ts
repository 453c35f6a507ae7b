import { describe, expect, it } from 'vitest';
import { checkNarration } from '../../src/timeline/narrate.js';
import { simulate } from '../../src/timeline/simulate.js';
import { talksFortnight } from '../support/talks.js';

describe('narration of a routine contact uses the kind’s own word', () => {
  const scenario = talksFortnight();
  const frames = simulate(scenario).frames.filter((f) => f.kind === 'checks');

  it('narrates a session as a session, not as a check call', () => {
    expect(frames[0]!.narration).toBe('Session at 10:00: Military talks held.');
    expect(frames.map((f) => f.narration)).toContain('Session at 10:00: Military talks boycotted.');
    expect(frames.some((f) => f.narration.includes('Routine check'))).toBe(false);
  });

  it('says it in Korean too', () => {
    const note = frames[0]!.checks;
    expect(checkNarration(note, () => '군사회담', frames[0]!.at, scenario.zone, 'ko')).toBe(
      '10:00 정례 회의: 군사회담 개최.',
    );
  });

  it('gives each kind its own heading when contacts of two kinds fall at once', () => {
    const notes = [
      { channel: 'line', outcome: 'answered' },
      { channel: 'talks', outcome: 'session-held' },
    ];
    expect(checkNarration(notes, (id) => id, frames[0]!.at, scenario.zone)).toBe(
      'Routine check at 10:00: line answered. Session at 10:00: talks held.',
    );
  });
});
