import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { debrief } from '../../src/analysis/debrief.js';
import { HOTLINE_EVENTS, type ChannelStatus } from '../../src/model/scenario.js';
import { simulate } from '../../src/timeline/simulate.js';
import { event, kst, march2019 } from '../support/scenarios.js';

const H = 3_600_000;
const start = kst('2019-03-21T08:00');

/** Random hotline and office events over the test week; refused ones are simply notes. */
const events = fc.array(
  fc.record({
    hour: fc.integer({ min: 0, max: 130 }),
    channel: fc.constantFrom('liaison', 'military', 'office'),
    hotline: fc.constantFrom(...HOTLINE_EVENTS.filter((e) => e !== 'check-call')),
    office: fc.constantFrom('withdraw-staff', 'send-staff', 'suspend', 'resume'),
    side: fc.constantFrom('south', 'north', 'nature', 'both'),
  }),
  { maxLength: 25 },
);

describe('debrief, on random weeks', () => {
  it('agrees with a frame-by-frame count and keeps its own books straight', () => {
    fc.assert(
      fc.property(events, (drawn) => {
        const scenario = march2019(
          drawn
            .sort((a, b) => a.hour - b.hour)
            .map((d) =>
              event({
                at: start + d.hour * H,
                side: d.side,
                channels: [d.channel],
                do: d.channel === 'office' ? d.office : d.hotline,
              }),
            ),
        );
        const timeline = simulate(scenario);
        const figures = debrief(timeline);
        const period = scenario.end - scenario.start;
        const frames = timeline.frames;

        for (const c of figures.channels) {
          // Oracle: walk every frame, no shortcuts.
          const ms: Record<ChannelStatus, number> = { open: 0, degraded: 0, closed: 0 };
          frames.forEach((f, i) => {
            const to = Math.min(frames[i + 1]?.at ?? scenario.end, scenario.end);
            ms[f.channels[c.id]!.status] += Math.max(0, to - f.at);
          });
          expect(c.ms).toEqual(ms);
          expect(c.ms.open + c.ms.degraded + c.ms.closed).toBe(period);

          const first = frames[0]!.channels[c.id]!.status === 'closed' ? 1 : 0;
          const last = frames[frames.length - 1]!.channels[c.id]!.status === 'closed' ? 1 : 0;
          expect(c.cuts.total - c.restores.total).toBe(last - first);
          expect(Object.values(c.cuts.by).reduce((a, b) => a + b, 0)).toBe(c.cuts.total);

          if (c.ms.closed > 0) expect(c.longestSilence!.ms).toBeGreaterThan(0);
          if (c.longestSilence) expect(c.longestSilence.ms).toBeLessThanOrEqual(c.ms.closed);

          const notes = frames.flatMap((f) => f.checks).filter((n) => n.channel === c.id);
          expect(c.checks.made).toBe(notes.length);
          expect(c.checks.succeeded + c.checks.failed).toBe(c.checks.made);
        }
        // Every channel here runs between the two sides, so no direct channel means no route.
        expect(figures.sides.unreachableMs).toBe(figures.sides.noDirectMs);
        const closedAll = frames.reduce((sum, f, i) => {
          const to = Math.min(frames[i + 1]?.at ?? scenario.end, scenario.end);
          const none = Object.values(f.channels).every((v) => v.status === 'closed');
          return sum + (none ? Math.max(0, to - f.at) : 0);
        }, 0);
        expect(figures.sides.noDirectMs).toBe(closedAll);
      }),
      { numRuns: 40 },
    );
  });
});
