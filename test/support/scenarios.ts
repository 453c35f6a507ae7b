import type { HotlineSpec, LiaisonOfficeSpec, Scenario, ScenarioEvent } from '../../src/model/scenario.js';
import { parseIsoWithOffset } from '../../src/time/clock.js';
import { fixedZone } from '../../src/time/zone.js';

/** Korean time as the bundled scenarios write it. */
export const KST = fixedZone(540, 'KST');

/** Epoch ms of a KST wall-clock time, for hand-built scenarios. */
export const kst = (text: string): number => parseIsoWithOffset(`${text}+09:00`)!.at;

/** A hand-built event: North's context unless `partial` says otherwise (a `do` keeps a side). */
export function event(partial: Partial<ScenarioEvent> & Pick<ScenarioEvent, 'at'>): ScenarioEvent {
  const base = { side: 'north', channels: [], do: null, narrate: '', tag: 'historical', expect: [] };
  return { ...base, ...partial } as ScenarioEvent;
}

export const office: LiaisonOfficeSpec = {
  id: 'office',
  kind: 'liaison-office',
  name: 'Joint Liaison Office',
  between: ['south', 'north'],
  checks: null,
  staff: { south: 20, north: 20 },
  initial: { facility: 'operating', staff: { south: 20, north: 20 } },
};

export const liaisonLine: HotlineSpec = {
  id: 'liaison',
  kind: 'hotline',
  class: 'government',
  name: 'Liaison line',
  between: ['south', 'north'],
  checks: { times: [9 * 60, 17 * 60], days: 'weekdays' },
  initial: { line: 'working', silent: [], calls: true },
};

export const militaryLine: HotlineSpec = {
  id: 'military',
  kind: 'hotline',
  class: 'military',
  name: 'West Sea military line',
  between: ['south', 'north'],
  checks: { times: [9 * 60, 16 * 60], days: 'daily' },
  initial: { line: 'working', silent: [], calls: true },
};

/** A small Korean scenario built in code: the March 2019 withdrawal and return. */
export function march2019(events: ScenarioEvent[] = defaultEvents()): Scenario {
  return {
    id: 'test-march-2019',
    title: 'Test: withdrawal',
    start: kst('2019-03-21T08:00'),
    end: kst('2019-03-26T23:59'),
    zone: KST,
    parties: [
      { id: 'south', name: 'South Korea', short: 'South' },
      { id: 'north', name: 'North Korea', short: 'North' },
    ],
    sides: ['south', 'north'],
    channels: [office, liaisonLine, militaryLine],
    events,
    questions: [],
  };
}

function defaultEvents(): ScenarioEvent[] {
  return [
    event({
      at: kst('2019-03-22T10:00'),
      channels: ['office'],
      do: 'withdraw-staff',
      narrate: 'North staff leave.',
      expect: [{ channel: 'office', status: 'closed' }],
    }),
    event({
      at: kst('2019-03-25T08:30'),
      channels: ['office'],
      do: 'send-staff',
      count: 5,
      narrate: 'Some North staff return.',
      expect: [{ channel: 'office', status: 'degraded' }],
    }),
  ];
}
