import fc from 'fast-check';
import { HOTLINE_EVENTS } from '../../src/model/scenario.js';
import { event, kst, march2019 } from './scenarios.js';

const H = 3_600_000;
const start = kst('2019-03-21T08:00');

/**
 * A random week of hotline and office events on the March 2019 channels, refused ones
 * included (they are frames too), for property tests that compare two ways of counting.
 */
export const randomWeek = (maxLength: number) =>
  fc
    .array(
      fc.record({
        hour: fc.integer({ min: 0, max: 130 }),
        channel: fc.constantFrom('liaison', 'military', 'office'),
        hotline: fc.constantFrom(...HOTLINE_EVENTS.filter((e) => e !== 'check-call')),
        office: fc.constantFrom('withdraw-staff', 'send-staff', 'suspend', 'resume'),
        side: fc.constantFrom('south', 'north', 'nature', 'both'),
      }),
      { maxLength },
    )
    .map((drawn) =>
      march2019(
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
      ),
    );
