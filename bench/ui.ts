/**
 * Figures for the interactive view: cold start to the first full frame in a real
 * pseudo-terminal (tmux), one rendered step on a 50-channel scenario, and a step back from
 * the end of a 50k-frame timeline. Part of `npm run bench`.
 * React is external to such a bundle and picks its build from NODE_ENV when it loads,
 * before any code here runs: without NODE_ENV=production the render figures are those of
 * React's development build (dist/cli.js always has the production one), and say so.
 * A step is timed from the key to the frame written: React's render, Yoga's layout and
 * Ink's output, in colour as a terminal gets it. The bench's stdout is a pipe, where chalk
 * would drop every colour code (and Ink the work of laying them out), so the steps are
 * timed in a child with FORCE_COLOR set.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { simulate } from '../src/timeline/simulate.js';
import type { Timeline } from '../src/timeline/timeline.js';
import { median, ms } from './measure.js';
import type { BenchFigure } from './report.js';
import { syntheticScenario } from './synthetic.js';

const SOCKET = join(tmpdir(), `liaison-bench-tmux-${process.pid}`);
const tmux = (...args: string[]) =>
  execFileSync('tmux', ['-S', SOCKET, ...args], { encoding: 'utf8', env: { ...process.env, TMUX: '' } });

/** Milliseconds from starting `command` in a fresh 100×30 pane until `ready` is on screen. */
function timeToScreen(command: string, ready: string): number {
  const t0 = performance.now();
  tmux('new-session', '-d', '-s', 'b', '-x', '100', '-y', '30', command);
  for (;;) {
    const text = tmux('capture-pane', '-p', '-t', 'b');
    if (text.includes(ready)) break;
    if (performance.now() - t0 > 10_000) throw new Error(`never saw "${ready}" from ${command}`);
  }
  const took = performance.now() - t0;
  tmux('kill-session', '-t', 'b');
  return took;
}

const p99 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.99)]!;

function coldStart(runs: number): BenchFigure[] {
  if (spawnSync('tmux', ['-V']).status !== 0)
    return [{ label: 'cold start to first frame', value: 'skipped: no tmux' }];
  if (!existsSync('dist/cli.js')) execFileSync(process.execPath, ['scripts/build.mjs']);
  // A session that outlives the measured ones keeps one tmux server for the whole run.
  tmux('new-session', '-d', '-s', 'keep', 'sleep 600');
  const baseline: number[] = [];
  const cli: number[] = [];
  const history: number[] = [];
  const node = process.execPath;
  const play = (scenario: string) => `env -u CI ${node} dist/cli.js play ${scenario}`;
  try {
    timeToScreen(play('march-2019-withdrawal'), 'q quit'); // warm the file cache
    timeToScreen(play('history-2018-2023'), 'q quit');
    for (let i = 0; i < runs; i++) {
      // The pane must outlive node for its output to be read: both commands run under sh.
      baseline.push(timeToScreen(`${node} -e "console.log('BASE-READY')"; sleep 5`, 'BASE-READY'));
      cli.push(timeToScreen(play('march-2019-withdrawal'), 'q quit'));
      history.push(timeToScreen(play('history-2018-2023'), 'q quit'));
    }
  } finally {
    spawnSync('tmux', ['-S', SOCKET, 'kill-server']);
    rmSync(SOCKET, { force: true });
  }
  const ratio = (times: number[]) =>
    `${median(times.map((t, i) => t / baseline[i]!)).toFixed(2)}× (median of ${runs})`;
  return [
    { label: 'node -e 0 to its output, in tmux', value: ms(median(baseline)) },
    { label: 'first full frame of the default', value: ms(median(cli)) },
    { label: 'first full frame of the default / node -e 0', value: ratio(cli), aim: '≤ 2.5×' },
    { label: 'first full frame of history-2018-2023', value: ms(median(history)) },
    { label: 'first full frame of history-2018-2023 / node -e 0', value: ratio(history), aim: '≤ 3×' },
  ];
}

/** Times each key press from stdin to the frame written (React renders in a microtask after it). */
async function keyTimes(
  timeline: Timeline,
  setup: string[],
  key: string,
  runs: number,
  columns = 120,
  rows = 40,
) {
  const [{ createElement }, { App }, { renderAt }] = await Promise.all([
    import('react'),
    import('../src/ui/App.js'),
    import('../test/ui/render-at.js'),
  ]);
  const ui = await renderAt(createElement(App, { timeline, columns, rows, color: true }), columns, rows);
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      for (const k of setup) {
        const written = new Promise((resolve) => ui.stdout.once('frame', resolve));
        ui.stdin.write(k);
        await written;
      }
      const written = new Promise<number>((resolve) =>
        ui.stdout.once('frame', () => resolve(performance.now())),
      );
      const t0 = performance.now();
      ui.stdin.write(key);
      times.push((await written) - t0);
    }
  } finally {
    ui.instance.unmount();
  }
  return times;
}

const REACT_BUILD = process.env['NODE_ENV'] === 'production' ? '' : ' [React dev build]';

export const RENDER_STEPS = '--render-steps';

interface StepTimes {
  fifty: { columns: number; rows: number; steps: number[] }[];
  back: number[];
  frames: number;
  simulated: number;
}

/** The child side of the step figures: times the keys and prints the times as JSON. */
export async function renderStepsAndReport(): Promise<void> {
  const fifty = simulate(syntheticScenario({ hotlines: 45, offices: 5, years: 0.25, seed: 11 }));
  const sizes: StepTimes['fifty'] = [];
  for (const [columns, rows] of [
    [80, 24],
    [120, 40],
  ] as const)
    sizes.push({ columns, rows, steps: await keyTimes(fifty, [], 'l', 200, columns, rows) });
  const t0 = performance.now();
  const long = simulate(syntheticScenario());
  const simulated = performance.now() - t0;
  const back = await keyTimes(long, ['G'], 'h', 50, 80, 24);
  const times: StepTimes = { fifty: sizes, back, frames: long.frames.length, simulated };
  process.stdout.write(JSON.stringify(times));
}

export async function benchUi(runs = 7): Promise<BenchFigure[]> {
  const figures = coldStart(runs);
  const script = fileURLToPath(import.meta.url);
  const out = execFileSync(process.execPath, ['--expose-gc', script, RENDER_STEPS], {
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '1' },
    maxBuffer: 1 << 26,
  });
  const times = JSON.parse(out) as StepTimes;
  for (const { columns, rows, steps } of times.fifty)
    figures.push({
      label: `render one step, 50 channels, ${columns}×${rows}${REACT_BUILD}`,
      value: `median ${ms(median(steps))}, p99 ${ms(p99(steps))}, worst ${ms(Math.max(...steps))}`,
      aim: 'median < 8 ms, p99 < 16 ms',
    });
  figures.push(
    {
      label: `step back from the last of ${times.frames} frames, 80×24${REACT_BUILD}`,
      value: `median ${ms(median(times.back))}, worst ${ms(Math.max(...times.back))}`,
      aim: '< 16 ms',
    },
    { label: '  (simulating that timeline once, for scale)', value: ms(times.simulated) },
  );
  return figures;
}
