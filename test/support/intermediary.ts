import type { ChannelSpec, Scenario } from '../../src/model/scenario.js';
import { event, KST, kst, liaisonLine, militaryLine, office } from './scenarios.js';

/**
 * Four days, Monday 1 June 2020 00:00 to Friday 5 June 00:00 KST (96 h), with China as an
 * intermediary whose line to the North only connects on Wednesday. Every figure the
 * analysis tests expect is worked out by hand from this schedule:
 *
 *   Mon 10:00  North withdraws its office staff          office closed
 *   Tue 12:00  North stops answering the liaison line    liaison closed; military is the last link
 *   Wed 08:00  wildfire breaks the military line         no route at all
 *   Wed 14:00  China connects its line to the North      via China only: two last links
 *   Thu 06:00  North answers the liaison line again      redundant again
 *   Thu 12:00  North sends 5 of 20 staff back            office degraded
 */
export const beijingSouth: ChannelSpec = {
  id: 'beijing-south',
  kind: 'hotline',
  class: 'other',
  name: 'Seoul–Beijing line',
  between: ['south', 'china'],
  checks: null,
  initial: { line: 'working', silent: [], calls: true },
};

export const beijingNorth: ChannelSpec = {
  id: 'beijing-north',
  kind: 'hotline',
  class: 'other',
  name: 'Beijing–Pyongyang line',
  between: ['china', 'north'],
  checks: null,
  initial: { line: 'not-connected', silent: [], calls: true },
};

export function withIntermediary(): Scenario {
  return {
    id: 'test-intermediary',
    title: 'Test: a week <with> "China" & friends',
    summary: 'Channels fail one after another; China offers a way round.',
    start: kst('2020-06-01T00:00'),
    end: kst('2020-06-05T00:00'),
    zone: KST,
    parties: [
      { id: 'south', name: 'South Korea', short: 'South' },
      { id: 'north', name: 'North Korea', short: 'North' },
      { id: 'china', name: 'China', short: 'China' },
    ],
    sides: ['south', 'north'],
    channels: [
      { ...office, checks: { times: [9 * 60 + 30], days: 'weekdays' } } as ChannelSpec,
      { ...liaisonLine, checks: { times: [9 * 60], days: 'weekdays' } } as ChannelSpec,
      { ...militaryLine, checks: { times: [16 * 60], days: 'daily' } } as ChannelSpec,
      beijingSouth,
      beijingNorth,
    ],
    events: [
      event({
        at: kst('2020-06-01T10:00'),
        channels: ['office'],
        do: 'withdraw-staff',
        narrate: 'North staff leave.',
        source: 'Test wire',
      }),
      event({
        at: kst('2020-06-02T12:00'),
        channels: ['liaison'],
        do: 'stop-answering',
        narrate: 'No answer.',
      }),
      event({
        at: kst('2020-06-03T08:00'),
        side: 'nature',
        channels: ['military'],
        do: 'break',
        cause: 'wildfire',
        narrate: 'A wildfire burns the cable.',
      }),
      event({
        at: kst('2020-06-03T14:00'),
        side: 'china',
        channels: ['beijing-north'],
        do: 'connect',
        narrate: 'Beijing connects a line to Pyongyang.',
        tag: 'counterfactual',
      }),
      event({
        at: kst('2020-06-04T06:00'),
        channels: ['liaison'],
        do: 'resume-answering',
        narrate: 'The North picks up again.',
      }),
      event({
        at: kst('2020-06-04T12:00'),
        channels: ['office'],
        do: 'send-staff',
        count: 5,
        narrate: 'Five North staff return.',
      }),
    ],
    questions: [
      {
        at: kst('2020-06-02T12:00'),
        ask: 'Which channel is the last link now?',
        answer: 'The military line.',
      },
      { at: kst('2020-06-03T10:00'), ask: 'Can they talk at all?', answer: 'No: nothing is left.' },
      { at: kst('2020-06-03T10:30'), ask: 'Who could help?', answer: 'China, if it had a line.' },
    ],
  };
}
