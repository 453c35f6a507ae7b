import type { ChannelSpec, Scenario, ScenarioEvent } from '../src/model/scenario.js';
import { parseIsoWithOffset } from '../src/time/clock.js';
import { fixedZone } from '../src/time/zone.js';

/** A small deterministic PRNG (mulberry32) so every bench run simulates the same thing. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOUR = 3_600_000;

/**
 * A ten-year scenario with `hotlines` hotlines and `offices` offices, each hotline called
 * twice a day at its own times (so about 50k check frames for eight channels), and random
 * cuts and restorations that are always valid in the state they meet.
 */
export function syntheticScenario({ hotlines = 6, offices = 2, years = 10, seed = 7 } = {}): Scenario {
  const start = parseIsoWithOffset('2010-01-01T00:00+09:00')!.at;
  const end = start + years * 365 * 24 * HOUR;
  const channels: ChannelSpec[] = [];
  for (let i = 0; i < hotlines; i++)
    channels.push({
      id: `line-${i}`,
      kind: 'hotline',
      class: i % 2 ? 'military' : 'government',
      name: `Hotline ${i}`,
      between: ['south', 'north'],
      checks: { times: [(8 * 60 + i * 7) % 1440, (16 * 60 + i * 7) % 1440], days: 'daily' },
      initial: { line: 'working', silent: [], calls: true },
    });
  for (let i = 0; i < offices; i++)
    channels.push({
      id: `office-${i}`,
      kind: 'liaison-office',
      name: `Office ${i}`,
      between: ['south', 'north'],
      checks: { times: [9 * 60 + 30 + i], days: 'daily' },
      staff: { south: 20, north: 20 },
      initial: { facility: 'operating', staff: { south: 20, north: 20 } },
    });

  const next = random(seed);
  const cut = new Map(channels.map((c) => [c.id, false]));
  const events: ScenarioEvent[] = [];
  for (let at = start + 11 * HOUR; at < end; at += Math.floor(next() * 4 * 24) * HOUR + HOUR) {
    const channel = channels[Math.floor(next() * channels.length)]!;
    const isCut = cut.get(channel.id)!;
    const action =
      channel.kind === 'hotline'
        ? isCut
          ? 'resume-answering'
          : 'stop-answering'
        : isCut
          ? 'send-staff'
          : 'withdraw-staff';
    cut.set(channel.id, !isCut);
    events.push({
      at,
      side: 'north',
      channels: [channel.id],
      do: action,
      narrate: `${action} on ${channel.name}`,
      tag: 'counterfactual',
      expect: [],
    });
  }
  return {
    id: 'synthetic',
    title: 'Synthetic ten years',
    start,
    end,
    zone: fixedZone(540, 'KST'),
    parties: [
      { id: 'south', name: 'South', short: 'South' },
      { id: 'north', name: 'North', short: 'North' },
    ],
    sides: ['south', 'north'],
    channels,
    events,
    questions: [],
  };
}
