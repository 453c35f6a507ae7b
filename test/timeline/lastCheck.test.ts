import { describe, expect, it } from 'vitest';
import { openScenario } from '../../src/session/open.js';
import type { Frame } from '../../src/timeline/frame.js';
import { lastCheckAt } from '../../src/timeline/lastCheck.js';

describe('the last check call of a channel', () => {
  const opened = openScenario('march-2019-withdrawal');
  if (!opened.ok) throw new Error('the bundled scenario should load');
  const { frames } = opened.timeline;
  const last = frames.length - 1;

  it('is found on a finished run', () => {
    expect(lastCheckAt(frames, last, 'liaison')).toEqual({ at: frames[last]!.at, outcome: 'answered' });
  });

  it('follows a run that is still being simulated into the same array', () => {
    // A progressive run shows the board while it appends frames to the array it showed.
    const growing: Frame[] = frames.slice(0, 5);
    const early = lastCheckAt(growing, growing.length - 1, 'liaison');
    growing.push(...frames.slice(5));
    for (const at of [5, 12, last])
      expect(lastCheckAt(growing, at, 'liaison'), `frame ${at}`).toEqual(
        lastCheckAt(frames.slice(), at, 'liaison'),
      );
    expect(lastCheckAt(growing, last, 'liaison')!.at).toBeGreaterThan(early!.at);
  });
});
