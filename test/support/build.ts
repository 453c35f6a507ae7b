import { execFileSync } from 'node:child_process';

/**
 * Vitest global setup: build dist/ once, before any test file runs, so the CLI and
 * end-to-end tests always drive the code under test and never race a rebuild.
 * LIAISON_CLI points the tests at another build instead.
 */
export default function buildOnce(): void {
  if (process.env['LIAISON_CLI'] === undefined)
    execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
