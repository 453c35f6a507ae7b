import { describe, expect, it } from 'vitest';
import type { ChannelSpec } from '../../src/model/scenario.js';
import { simulate } from '../../src/timeline/simulate.js';
import { kst, liaisonLine, march2019, office } from '../support/scenarios.js';

// A channel may start in a state that began before the scenario: the board says since when.
describe('initial since and cause', () => {
  const brokenLine: ChannelSpec = {
    ...liaisonLine,
    id: 'east',
    name: 'East Sea line',
    initial: {
      line: 'broken',
      silent: [],
      calls: false,
      since: kst('2010-11-01T00:00'),
      cause: 'destroyed by a wildfire',
    },
  };
  const silentLine: ChannelSpec = {
    ...liaisonLine,
    initial: { line: 'working', silent: ['north'], calls: true, since: kst('2016-02-11T00:00') },
  };
  const closedOffice: ChannelSpec = {
    ...office,
    initial: {
      facility: 'suspended',
      staff: { south: 20, north: 0 },
      since: kst('2020-01-30T18:00'),
      cause: 'coronavirus',
    },
  };
  const first = simulate({ ...march2019([]), channels: [brokenLine, silentLine, closedOffice] }).frames[0]!;

  it('dates a broken line from its own history, with the cause', () => {
    expect(first.channels.east).toMatchObject({
      status: 'closed',
      reason: 'line broken since 1 Nov 2010 (destroyed by a wildfire)',
      since: kst('2010-11-01T00:00'),
    });
  });

  it('dates a silent side from its own history', () => {
    expect(first.channels.liaison!.reason).toBe('North not answering since 11 Feb 2016');
  });

  it('dates the non-default parts of an office and leaves the default parts at the start', () => {
    expect(first.channels.office!.reason).toBe('suspended since 30 Jan 2020 18:00 (coronavirus)');
    const actor = simulate({ ...march2019([]), channels: [closedOffice] }).restoreActor(0);
    const context = actor.getSnapshot().context.channels.office!.getSnapshot().context as {
      staff: { a: { at: number }; b: { at: number; cause?: string } };
    };
    expect(context.staff.a.at).toBe(march2019().start);
    expect(context.staff.b).toMatchObject({ at: kst('2020-01-30T18:00'), cause: 'coronavirus' });
    actor.stop();
  });
});
