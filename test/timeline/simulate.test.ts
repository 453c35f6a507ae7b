import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { simulationMachine } from '../../src/machines/simulationMachine.js';
import { lastCheckAt } from '../../src/timeline/lastCheck.js';
import { continueFrom } from '../../src/timeline/resume.js';
import { simulate } from '../../src/timeline/simulate.js';
import { event, kst, march2019 } from '../support/scenarios.js';

const statuses = (frame: { channels: Record<string, { status: string }> }) =>
  Object.fromEntries(Object.entries(frame.channels).map(([id, view]) => [id, view.status]));

describe('simulate', () => {
  const timeline = simulate(march2019());

  it('gives byte-identical frames on two runs', () => {
    expect(JSON.stringify(simulate(march2019()).frames)).toBe(JSON.stringify(timeline.frames));
  });

  it('starts with a start frame and generates routine check frames from the calendars', () => {
    const [first, second] = timeline.frames;
    expect(first).toMatchObject({ index: 0, kind: 'start', at: kst('2019-03-21T08:00') });
    expect(second).toMatchObject({ kind: 'checks', at: kst('2019-03-21T09:00') });
    expect(second!.checks).toEqual([
      { channel: 'liaison', outcome: 'answered' },
      { channel: 'military', outcome: 'answered' },
    ]);
    // The liaison line is called on weekdays only: none on Saturday 23 or Sunday 24 March.
    const weekendLiaison = timeline.frames.filter(
      (f) =>
        f.at >= kst('2019-03-23T00:00') &&
        f.at < kst('2019-03-25T00:00') &&
        f.checks.some((c) => c.channel === 'liaison'),
    );
    expect(weekendLiaison).toEqual([]);
    const weekendMilitary = timeline.frames.filter(
      (f) => f.at >= kst('2019-03-23T00:00') && f.at < kst('2019-03-25T00:00') && f.kind === 'checks',
    );
    expect(weekendMilitary.map((f) => f.narration)).toEqual([
      'Routine check at 09:00: West Sea military line answered.',
      'Routine check at 16:00: West Sea military line answered.',
      'Routine check at 09:00: West Sea military line answered.',
      'Routine check at 16:00: West Sea military line answered.',
    ]);
  });

  it('records the withdrawal, the weekend standby and the partial return', () => {
    const withdrawal = timeline.frames.find((f) => f.kind === 'event')!;
    expect(withdrawal.at).toBe(kst('2019-03-22T10:00'));
    expect(statuses(withdrawal)).toEqual({ office: 'closed', liaison: 'open', military: 'open' });
    expect(withdrawal.channels.office!.reason).toBe('North staff withdrawn since 22 Mar 2019 10:00');
    expect(withdrawal.expectations).toEqual([
      { channel: 'office', expected: 'closed', actual: 'closed', ok: true },
    ]);
    const saturday = timeline.frames.find((f) => f.at === kst('2019-03-23T09:00'))!;
    expect(saturday.channels.office!.standby).toBe(false); // closed offices are not on standby
    const back = timeline.frames.filter((f) => f.kind === 'event')[1]!;
    expect(back.channels.office).toMatchObject({
      status: 'degraded',
      reason: 'North only partly staffed (5 of 20) since 25 Mar 2019 08:30',
      detail: 'South 20 present · North 5 of 20',
    });
  });

  it('shares the channels record between frames where only routine calls happened', () => {
    const [, a, b] = timeline.frames;
    expect(b!.kind).toBe('checks');
    expect(b!.channels).toBe(a!.channels);
    const withdrawal = timeline.frames.find((f) => f.kind === 'event')!;
    expect(withdrawal.channels).not.toBe(timeline.frames[withdrawal.index - 1]!.channels);
    expect(withdrawal.channels.liaison).toBe(timeline.frames[withdrawal.index - 1]!.channels.liaison);
  });

  it("finds each channel's last check call from the frames", () => {
    const frames = timeline.frames;
    expect(lastCheckAt(frames, 0, 'liaison')).toBeNull();
    expect(lastCheckAt(frames, 1, 'liaison')).toEqual({ at: kst('2019-03-21T09:00'), outcome: 'answered' });
    // At 16:00 only the military line is called: the liaison line's last call is still 09:00.
    expect(lastCheckAt(frames, 2, 'liaison')).toEqual({ at: kst('2019-03-21T09:00'), outcome: 'answered' });
    expect(lastCheckAt(frames, 2, 'military')).toEqual({ at: kst('2019-03-21T16:00'), outcome: 'answered' });
    expect(lastCheckAt(frames, frames.length - 1, 'office')).toBeNull();
  });

  it('puts scripted events before routine checks at the same instant', () => {
    const scenario = march2019([
      event({
        at: kst('2019-03-22T09:00'),
        channels: ['liaison'],
        do: 'stop-answering',
        narrate: 'Silence.',
      }),
    ]);
    const frames = simulate(scenario).frames;
    const cut = frames.findIndex((f) => f.kind === 'event');
    expect(frames[cut + 1]!.at).toBe(kst('2019-03-22T09:00'));
    expect(frames[cut + 1]!.checks).toContainEqual({ channel: 'liaison', outcome: 'unanswered' });
  });

  it('reports an event a channel cannot take, with the reason', () => {
    const scenario = march2019([
      event({ at: kst('2019-03-22T10:00'), channels: ['office'], do: 'send-staff', narrate: 'Return?' }),
    ]);
    const result = simulate(scenario);
    expect(result.refusals).toEqual([
      {
        eventIndex: 0,
        frameIndex: expect.any(Number),
        channel: 'office',
        said: {
          en: 'Joint Liaison Office cannot send-staff: North staff are already present',
          ko: expect.stringMatching(/^Joint Liaison Office: send-staff 불가 — /),
        },
      },
    ]);
  });

  it('makes no check frames while routine calls are stopped', () => {
    const scenario = march2019([
      event({ at: kst('2019-03-21T12:00'), side: 'south', channels: ['military'], do: 'stop-calls' }),
    ]);
    const frames = simulate(scenario).frames.filter((f) => f.at > kst('2019-03-21T12:00'));
    expect(frames.flatMap((f) => f.checks.map((c) => c.channel))).not.toContain('military');
  });
});

describe('restoring frames', () => {
  // A small checkpoint interval so that restoring goes through checkpoint + replay.
  const timeline = simulate(march2019(), { checkpointEvery: 4 });

  it('restores any frame and replays the rest to the very same run', () => {
    const original = JSON.stringify(timeline.frames);
    for (let k = 0; k < timeline.frames.length; k++)
      expect(JSON.stringify(continueFrom(timeline, k).frames), `from frame ${k}`).toBe(original);
  });

  it('gives snapshots that survive JSON and match the frame', () => {
    for (const k of [0, 5, 11, timeline.frames.length - 1]) {
      const persisted = JSON.parse(JSON.stringify(timeline.snapshotAt(k)));
      const actor = createActor(simulationMachine, { snapshot: persisted, input: undefined as never });
      actor.start();
      const context = actor.getSnapshot().context;
      expect(context.clock).toBe(timeline.frames[k]!.at);
      expect(context.channels.office!.getSnapshot().value).toEqual(
        timeline.restoreActor(k).getSnapshot().context.channels.office!.getSnapshot().value,
      );
      actor.stop();
    }
  });

  it('refuses frames outside the timeline', () => {
    expect(() => timeline.restoreActor(timeline.frames.length)).toThrow(RangeError);
  });
});

describe('a run only reported', () => {
  const reported = simulate(march2019(), { replay: false });

  it('has the very frames and refusals of a restorable run', () => {
    const full = simulate(march2019());
    expect(JSON.stringify(reported.frames)).toBe(JSON.stringify(full.frames));
    expect(reported.refusals).toEqual(full.refusals);
  });

  it('keeps no replay, so no frame of it can be restored', () => {
    expect(() => reported.restoreActor(0)).toThrow(/keeps no replay/);
    expect(() => reported.inputAt(1)).toThrow(/keeps no replay/);
  });
});
