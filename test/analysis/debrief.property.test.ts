import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { debrief } from '../../src/analysis/debrief.js';
import type { ChannelStatus } from '../../src/model/scenario.js';
import { simulate } from '../../src/timeline/simulate.js';
import { randomWeek } from '../support/randomWeek.js';

describe('debrief, on random weeks', () => {
  it('agrees with a frame-by-frame count and keeps its own books straight', () => {
    fc.assert(
      fc.property(randomWeek(25), (scenario) => {
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
