import { describe, expect, it } from 'vitest';
import { spansOf, statusSpans } from '../../src/analysis/spans.js';
import { simulate } from '../../src/timeline/simulate.js';
import { withIntermediary } from '../support/intermediary.js';

const H = 3_600_000;

describe('spansOf', () => {
  const timeline = simulate(withIntermediary());
  const { start, end } = timeline.scenario;

  it('merges on what the reader reads of a view: a line not yet connected apart from one cut', () => {
    const absentOrStatus = spansOf(timeline.frames, ['beijing-north'], end, (view) =>
      view?.facts.some((f) => f.what === 'not-connected') ? 'not-connected' : (view?.status ?? 'closed'),
    );
    // Beijing–Pyongyang: not connected until Wed 14:00 (62 h), then open to the end.
    expect(
      absentOrStatus.get('beijing-north')!.map(({ status, from, to }) => [status, from - start, to - start]),
    ).toEqual([
      ['not-connected', 0, 62 * H],
      ['open', 62 * H, end - start],
    ]);
  });

  it('merges on the status when no reader is given', () => {
    expect(spansOf(timeline.frames, ['beijing-north'], end)).toEqual(
      new Map([['beijing-north', statusSpans(timeline).get('beijing-north')]]),
    );
    expect(
      statusSpans(timeline)
        .get('beijing-north')!
        .map((s) => s.status),
    ).toEqual(['closed', 'open']);
  });
});
