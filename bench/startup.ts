import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { median, ms } from './measure.js';
import type { BenchFigure } from './report.js';

function wall(command: string, args: string[]): number {
  const t0 = performance.now();
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}`);
  return performance.now() - t0;
}

/** Cold start of `run <default> --json` against `node -e 0`, alternating runs. */
export async function benchStartup(runs = 11): Promise<BenchFigure[]> {
  const node = process.execPath;
  const baseline: number[] = [];
  const cli: number[] = [];
  wall(node, ['dist/cli.js', 'run', 'march-2019-withdrawal', '--json']); // warm the file cache
  for (let i = 0; i < runs; i++) {
    baseline.push(wall(node, ['-e', '0']));
    cli.push(wall(node, ['dist/cli.js', 'run', 'march-2019-withdrawal', '--json']));
  }
  const ratios = cli.map((t, i) => t / baseline[i]!);
  return [
    { label: 'node -e 0', value: ms(median(baseline)) },
    { label: 'liaison-sim run <default> --json', value: ms(median(cli)) },
    {
      label: 'run --json / node -e 0',
      value: `${median(ratios).toFixed(2)}× (median of ${runs} pairs)`,
      aim: '≤ 2.5×',
    },
  ];
}
