import { describe, expect, it } from 'vitest';
import { debrief } from '../../src/analysis/debrief.js';
import { debriefLines } from '../../src/words/debrief.js';
import { speakerFor } from '../../src/words/speaker.js';
import { runReport } from '../../src/report/json.js';
import { formatRunText } from '../../src/report/text.js';
import { simulate } from '../../src/timeline/simulate.js';
import { withIntermediary } from '../support/intermediary.js';

describe('the debrief in the run reports', () => {
  const scenario = withIntermediary();
  const timeline = simulate(scenario);

  it('ends the text report with the debrief lines', () => {
    const lines = formatRunText(timeline).trimEnd().split('\n');
    const expected = debriefLines(debrief(timeline), scenario, speakerFor(scenario));
    expect(lines.slice(-expected.length)).toEqual(expected);
    expect(lines[lines.length - expected.length - 1]).toBe('');
  });

  it('leaves the debrief out of a report at one moment', () => {
    expect(formatRunText(timeline, { at: timeline.frames[3]!.at })).not.toContain('Debrief: ');
  });

  it('adds the debrief object to the JSON report, JSON-safe', () => {
    const report = JSON.parse(JSON.stringify(runReport(timeline))) as ReturnType<typeof runReport>;
    expect(report.debrief).toEqual(debrief(timeline));
    expect(report.debrief.sides.unreachableMs).toBe(6 * 3_600_000);
  });
});
