import { defineConfig } from 'vitest/config';

/** The tests that drive the built bundle; only they need dist/ built before they run. */
const E2E = ['test/e2e/**/*.test.ts', 'test/**/*.e2e.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts', 'test/**/*.test.tsx'], exclude: E2E },
      },
      // A project's global setup runs only when one of its tests is queued: a run of unit
      // tests alone (npx vitest run test/commands) does not wait for a build.
      { extends: true, test: { name: 'e2e', include: E2E, globalSetup: ['test/support/build.ts'] } },
    ],
  },
});
