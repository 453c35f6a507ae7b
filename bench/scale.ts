import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manyChecksFile, oneChannelFile } from './files.js';
import { median } from './measure.js';
import type { BenchFigure } from './report.js';
import { wall } from './startup.js';

/** A preload that writes the process's peak RSS (KiB) to the file named in LIAISON_RSS_OUT. */
function rssPreload(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'liaison-rss-')), 'rss.cjs');
  writeFileSync(
    file,
    "process.on('exit', () => require('node:fs').writeFileSync(process.env.LIAISON_RSS_OUT, String(process.resourceUsage().maxRSS)));\n",
  );
  return file;
}

function peakRssMb(preload: string, args: string[]): number {
  const out = join(mkdtempSync(join(tmpdir(), 'liaison-rss-')), 'out');
  const result = spawnSync(process.execPath, ['--require', preload, ...args], {
    stdio: 'ignore',
    env: { ...process.env, LIAISON_RSS_OUT: out },
  });
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
  return Number(readFileSync(out, 'utf8')) / 1024;
}

/**
 * validate at 1k, 10k and 100k events: events per second of the work beyond start-up (the
 * wall time minus that of validating a 1-event file), and peak RSS of a fresh process.
 */
export function benchScale(runs = 3): BenchFigure[] {
  const node = process.execPath;
  const preload = rssPreload();
  const tiny = oneChannelFile(1);
  const startup = median(
    Array.from({ length: runs + 2 }, () => wall(node, ['dist/cli.js', 'validate', tiny])),
  );
  const figures: BenchFigure[] = [];
  const rates: number[] = [];
  for (const events of [1_000, 10_000, 100_000]) {
    const file = oneChannelFile(events);
    const args = ['dist/cli.js', 'validate', file];
    let took: number;
    try {
      took = median(Array.from({ length: events >= 100_000 ? 1 : runs }, () => wall(node, args)));
    } catch (error) {
      figures.push({
        label: `validate, ${events.toLocaleString('en')} events`,
        value: `failed: ${(error as Error).message}`,
      });
      continue;
    }
    const rate = events / (Math.max(1, took - startup) / 1000);
    rates.push(rate);
    figures.push({
      label: `validate, ${events.toLocaleString('en')} events`,
      value: `${Math.round(took)} ms, ${Math.round(rate).toLocaleString('en')} events/s beyond start-up, peak RSS ${peakRssMb(preload, args).toFixed(0)} MB`,
      ...(events === 100_000 ? { aim: 'events/s within 20% of 10k, RSS < 400 MB' } : {}),
    });
  }
  if (rates.length === 3)
    figures.push({
      label: 'events/s at 100k / at 10k',
      value: `${(rates[2]! / rates[1]!).toFixed(2)}×`,
      aim: '≥ 0.8×',
    });
  return figures;
}

/**
 * Peak RSS of `run --json` on 100 lines called daily for 495 days (about 600 MB of JSON,
 * more than a string can hold), against validating the same file: the report streams, so
 * printing it should cost little beyond the timeline itself.
 */
export function benchJsonMemory(): BenchFigure[] {
  const preload = rssPreload();
  const file = manyChecksFile(495);
  const validate = peakRssMb(preload, ['dist/cli.js', 'validate', file]);
  const json = peakRssMb(preload, ['dist/cli.js', 'run', '--json', file]);
  return [
    { label: 'validate, 100 lines × 495 days, peak RSS', value: `${validate.toFixed(0)} MB` },
    { label: 'run --json, same file, peak RSS', value: `${json.toFixed(0)} MB` },
    { label: 'run --json / validate, peak RSS', value: `${(json / validate).toFixed(2)}×`, aim: '≤ 1.2×' },
  ];
}
