import { describe, expect, it } from 'vitest';
import { feedInSlices } from '../../src/session/progressive.js';
import { formatProblem, openScenarioText } from '../../src/session/open.js';
import { parseScenarioText } from '../../src/scenario/load.js';
import { simulate, startSimulation } from '../../src/timeline/simulate.js';

const text = (events: string) => `id: t
title: T
start: 2019-03-21T08:00+09:00
end: 2019-03-23T08:00+09:00
sides: [south, north]
parties:
  south: { name: South Korea, short: South }
  north: { name: North Korea, short: North }
channels:
  line: { kind: hotline, class: government, name: Line, checks: { at: ['09:00', '17:00'], days: daily } }
events:
${events}`;

/** Slices run when the test says so, one at a time. */
function manual() {
  const queue: (() => void)[] = [];
  return { schedule: (next: () => void) => queue.push(next), run: () => queue.shift()?.() };
}

describe('feedInSlices', () => {
  it('fills the timeline slice by slice, telling subscribers, until it equals the one-shot run', () => {
    const loaded = parseScenarioText(
      text('  - { at: 2019-03-22T10:00+09:00, side: north, channel: line, do: stop-answering }\n'),
      't.yaml',
    );
    if (!loaded.ok) throw new Error('expected a valid file');
    const slices = manual();
    const feed = feedInSlices(loaded, startSimulation(loaded.scenario), {
      schedule: slices.schedule,
      stepsPerLook: 1,
      sliceMs: 0,
      notifyEveryMs: 0,
    });
    let told = 0;
    feed.subscribe(() => told++);
    expect(feed.timeline.frames).toHaveLength(1);
    expect(feed.done).toBe(false);
    while (!feed.done) slices.run();
    expect(told).toBeGreaterThan(1);
    expect(feed.timeline.frames).toEqual(simulate(loaded.scenario).frames);
    expect(feed.problems).toEqual([]);
  });

  it('simulates nothing until a screen subscribes, so the first frame is not held up', () => {
    const loaded = parseScenarioText(
      text('  - { at: 2019-03-22T10:00+09:00, side: north, channel: line, do: stop-answering }\n'),
      't.yaml',
    );
    if (!loaded.ok) throw new Error('expected a valid file');
    const slices = manual();
    const feed = feedInSlices(loaded, startSimulation(loaded.scenario), { schedule: slices.schedule });
    slices.run();
    expect(feed.timeline.frames).toHaveLength(1);
    feed.subscribe(() => undefined);
    feed.subscribe(() => undefined);
    slices.run();
    expect(feed.timeline.frames.length).toBeGreaterThan(1);
    while (!feed.done) slices.run();
    expect(feed.timeline.frames).toEqual(simulate(loaded.scenario).frames);
  });

  it('stops at a refused history event and reports it located, as the one-shot open does', () => {
    const events = '  - { at: 2019-03-22T10:00+09:00, side: north, channel: line, do: resume-answering }\n';
    const loaded = parseScenarioText(text(events), 't.yaml');
    if (!loaded.ok) throw new Error('expected a valid file');
    const slices = manual();
    const feed = feedInSlices(loaded, startSimulation(loaded.scenario), { schedule: slices.schedule });
    feed.subscribe(() => undefined);
    while (feed.problems.length === 0 && !feed.done) slices.run();
    const oneShot = openScenarioText(text(events), 't.yaml');
    expect(oneShot.ok).toBe(false);
    if (oneShot.ok) return;
    expect(feed.problems.map((p) => formatProblem(p))).toEqual(oneShot.problems.map((p) => formatProblem(p)));
    expect(formatProblem(feed.problems[0]!)).toMatch(
      /^t\.yaml:12:67: at 22 Mar 2019 10:00, Line cannot resume-answering/,
    );
  });
});
