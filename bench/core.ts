import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createActor } from 'xstate';
import { simulationMachine, type SimulationEvent } from '../src/machines/simulationMachine.js';
import type { Scenario } from '../src/model/scenario.js';
import { channelInit, simulate } from '../src/timeline/simulate.js';
import { median, ms, timeRuns } from './measure.js';
import type { BenchFigure } from './report.js';
import { syntheticScenario } from './synthetic.js';

/**
 * The simulation core: simulate() against a bare actor of the same shape (the same root
 * machine and children fed the same inputs, without frames, views or checkpoints).
 */
export function benchCore(): BenchFigure[] {
  const scenario = syntheticScenario();
  const runs = 9;

  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  const { peakMb, retainedMb } = memoryOfOneSimulate();
  let timeline = simulate(scenario);
  const inputs = timeline.frames.slice(1).map((_, i) => timeline.inputAt(i + 1)!);
  const events = inputs.reduce((n, input) => n + input.deliveries.length, 0);

  // Alternate the two so that drift in the machine's speed hits both alike.
  const simulateTimes: number[] = [];
  const bareTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    simulateTimes.push(
      ...timeRuns(1, () => {
        timeline = simulate(scenario);
      }),
    );
    bareTimes.push(...timeRuns(1, () => runBare(scenario, inputs)));
  }
  const pairRatio = median(simulateTimes.map((t, i) => bareTimes[i]! / t));
  const simRate = events / (median(simulateTimes) / 1000);
  const bareRate = events / (median(bareTimes) / 1000);

  const n = timeline.frames.length;
  // Restores are measured on a settled heap: the runs above leave garbage whose collection
  // would otherwise land inside whichever restore happens to trigger it.
  gc();
  for (let k = 0; k < n; k += Math.max(1, Math.floor(n / 50))) timeline.restoreActor(k).stop();
  const restore = (k: number) =>
    median(
      timeRuns(15, () => {
        timeline.restoreActor(k).stop();
      }),
    );
  // Every 1/400th frame, so some land just before a checkpoint (the longest replay).
  const spread = Array.from({ length: 400 }, (_, i) => Math.floor((i / 400) * n)).map((k) => {
    const t0 = performance.now();
    timeline.restoreActor(k).stop();
    return performance.now() - t0;
  });
  const sorted = [...spread].sort((a, b) => a - b);

  return [
    {
      label: 'synthetic scenario',
      value: `${scenario.channels.length} channels, ${n} frames, ${events} events`,
    },
    { label: 'simulate()', value: `${Math.round(simRate).toLocaleString('en')} events/s` },
    {
      label: 'bare XState actor, same shape',
      value: `${Math.round(bareRate).toLocaleString('en')} events/s`,
    },
    {
      label: 'simulate / bare (events/s)',
      value: `${pairRatio.toFixed(2)}× (median of ${runs} pairs)`,
      aim: '≥ 0.8×',
    },
    {
      label: `restore frame ${Math.floor(n * 0.01)} (start)`,
      value: ms(restore(Math.floor(n * 0.01))),
      aim: '< 16 ms',
    },
    {
      label: `restore frame ${Math.floor(n / 2)} (middle)`,
      value: ms(restore(Math.floor(n / 2))),
      aim: '< 16 ms',
    },
    { label: `restore frame ${n - 2} (end)`, value: ms(restore(n - 2)), aim: '< 16 ms' },
    {
      label: 'restore, 400 frames spread out',
      value: `median ${ms(median(spread))}, p99 ${ms(sorted[Math.floor(sorted.length * 0.99)]!)}, worst ${ms(sorted.at(-1)!)}`,
      aim: '< 16 ms',
    },
    { label: 'peak memory, one simulate (RSS)', value: `${peakMb.toFixed(0)} MB`, aim: '< 300 MB' },
    { label: 'heap the timeline keeps', value: `${retainedMb.toFixed(0)} MB` },
  ];
}

/**
 * Peak memory is a whole-process figure, so it is measured in a fresh process that does
 * nothing but load the core and simulate once (this one has loaded Ink and run other work).
 */
function memoryOfOneSimulate(): { peakMb: number; retainedMb: number } {
  const script = fileURLToPath(import.meta.url);
  const out = execFileSync(process.execPath, ['--expose-gc', script, SIMULATE_ONCE], { encoding: 'utf8' });
  return JSON.parse(out) as { peakMb: number; retainedMb: number };
}

export const SIMULATE_ONCE = '--simulate-once';

/** The child side of memoryOfOneSimulate: prints its figures as JSON. */
export function simulateOnceAndReport(): void {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const timeline = simulate(syntheticScenario());
  const peakMb = process.resourceUsage().maxRSS / 1024;
  gc();
  const retainedMb = (process.memoryUsage().heapUsed - heapBefore) / 1048576;
  process.stdout.write(JSON.stringify({ peakMb, retainedMb, frames: timeline.frames.length }));
}

function runBare(scenario: Scenario, inputs: SimulationEvent[]): void {
  const actor = createActor(simulationMachine, {
    input: {
      start: scenario.start,
      channels: scenario.channels.map((spec) => channelInit(spec, scenario.start)),
    },
  });
  actor.start();
  for (const input of inputs) actor.send(input);
  actor.stop();
}
