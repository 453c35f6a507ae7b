/**
 * Loads Ink and React before any screen module runs. In the bundle they are an ES module of
 * their own (Ink's layout engine loads with top-level await, which the CommonJS program
 * cannot hold), and scripts/build.mjs replaces this module with one that loads it; from
 * source this only loads Ink a little early.
 */
export async function loadUiLibraries(): Promise<void> {
  await import('ink');
}
