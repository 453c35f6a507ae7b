import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { oneChannelFile } from './files.js';
import { median, ms } from './measure.js';
import type { BenchFigure } from './report.js';

export function wall(command: string, args: string[]): number {
  const t0 = performance.now();
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}`);
  return performance.now() - t0;
}

/** A whole-process figure: `args` against `node -e 0`, alternating runs so drift hits both. */
function againstBareNode(label: string, args: string[], runs: number, aim: string): BenchFigure[] {
  const node = process.execPath;
  const baseline: number[] = [];
  const cli: number[] = [];
  wall(node, args); // warm the file cache
  for (let i = 0; i < runs; i++) {
    baseline.push(wall(node, ['-e', '0']));
    cli.push(wall(node, args));
  }
  const ratios = cli.map((t, i) => t / baseline[i]!);
  return [
    { label: `${label}`, value: `${ms(median(cli))} (node -e 0: ${ms(median(baseline))})` },
    {
      label: `${label} / node -e 0`,
      value: `${median(ratios).toFixed(2)}× (median of ${runs} pairs)`,
      aim,
    },
  ];
}

/** Cold start of `run <default> --json` and `validate` of a 10,000-event file, against `node -e 0`. */
export async function benchStartup(runs = 11): Promise<BenchFigure[]> {
  const tenThousand = oneChannelFile(10_000);
  return [
    ...againstBareNode(
      'run <default> --json',
      ['dist/cli.js', 'run', 'march-2019-withdrawal', '--json'],
      runs,
      '≤ 2.2×',
    ),
    ...againstBareNode(
      'validate, 10,000 events, one channel',
      ['dist/cli.js', 'validate', tenThousand],
      Math.max(3, Math.floor(runs / 2)),
      '≤ 8×',
    ),
  ];
}
