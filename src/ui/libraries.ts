/**
 * Loads what the screen code needs before any of it runs. In the bundle that is Ink's layout
 * engine (yoga), an ES module of its own because it loads its WebAssembly with a top-level
 * await, which the CommonJS program cannot hold: scripts/build.mjs replaces this module with
 * one that loads it. From source this only loads Ink a little early.
 */
export async function loadUiLibraries(): Promise<void> {
  await import('ink');
}
