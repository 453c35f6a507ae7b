import { afterEach, describe, expect, it, vi } from 'vitest';
import { simulate } from '../../src/timeline/simulate.js';
import type { Timeline } from '../../src/timeline/timeline.js';
import { cli } from '../support/cli.js';

// Every run a command simulates passes through simulate(): the spy keeps what each returned.
vi.mock('../../src/timeline/simulate.js', async (original) => {
  const real = await original<typeof import('../../src/timeline/simulate.js')>();
  return { ...real, simulate: vi.fn(real.simulate) };
});
const runs = () => vi.mocked(simulate).mock.results.map((r) => r.value as Timeline);
afterEach(() => vi.mocked(simulate).mockClear());

const FILE = 'test/fixtures/valid/withdrawal.yaml';

describe('commands that only report a run', () => {
  // A replay (a checkpoint every 64 frames and every frame's input) is what a what-if restores
  // from; a report never restores, and on a long file the replay is most of the memory.
  it.each([
    ['run --json', ['run', FILE, '--json']],
    ['run --json --at', ['run', FILE, '--json', '--at', '2019-03-22T12:00']],
    ['run (text)', ['run', FILE]],
    ['export', ['export', FILE, '--format', 'md']],
  ])('%s keeps no checkpoints or replay inputs', async (_name, args) => {
    const { code, stdout } = await cli(args);
    expect(code).toBe(0);
    expect(stdout.length).toBeGreaterThan(0);
    expect(runs().length).toBeGreaterThan(0);
    // Restoring a frame is what the replay is for: with none kept, no frame can be.
    for (const timeline of runs()) expect(() => timeline.restoreActor(0)).toThrow(/keeps no replay/);
  });
});
