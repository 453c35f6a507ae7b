// `npm run bench`: bundle the benchmarks like the CLI (no TypeScript loader at run time)
// and run them with the garbage collector exposed.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

const outfile = 'node_modules/.cache/liaison-sim/bench.mjs';
await build({
  entryPoints: ['bench/run.ts'],
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
// React picks its build from NODE_ENV when it loads: measure what users run.
const result = spawnSync(process.execPath, ['--expose-gc', outfile], {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production' },
});
process.exit(result.status ?? 1);
