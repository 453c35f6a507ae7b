import { describe, expect, it } from 'vitest';
import { planLayout } from '../../src/ui/layout.js';
import { columnOf, sampleLanes } from '../../src/ui/lanes.js';
import { commandFor } from '../../src/ui/keys.js';
import { initialState } from '../../src/ui/state.js';
import { simulate } from '../../src/timeline/simulate.js';
import { march2019 } from '../support/scenarios.js';
import { NO_KEY } from '../../src/ui/keys.js';

const FIXED = 5;
const used = (l: ReturnType<typeof planLayout>) =>
  FIXED +
  l.lanes +
  (l.wide ? l.narrationLines + 2 : l.boardLines + l.narrationLines + 3) +
  (l.storyLines ? l.storyLines + 2 : 0);

describe('layout', () => {
  it('stacks the panels at 80×24 and fits the terminal, its last row too', () => {
    const l = planLayout(80, 24, 3, 1);
    expect(l).toMatchObject({ wide: false, shownChannels: 3, detail: 'all', lanes: 3, height: 24 });
    expect(used(l)).toBeLessThanOrEqual(24);
  });

  it('puts board and narration side by side on a roomy terminal', () => {
    const l = planLayout(120, 40, 5, 1);
    expect(l).toMatchObject({ wide: true, detail: 'full', lanes: 5, boardWidth: 76, sideWidth: 44 });
    expect(used(l)).toBeLessThanOrEqual(40);
  });

  it('windows many channels instead of overflowing', () => {
    for (const [c, r] of [
      [80, 24],
      [120, 40],
      [200, 60],
    ] as const) {
      const l = planLayout(c, r, 50, 5);
      expect(l.shownChannels).toBeLessThan(50);
      expect(used(l)).toBeLessThanOrEqual(r);
    }
  });

  it('says when the terminal is too small', () => {
    expect(planLayout(50, 12, 3).tooSmall).toBe(true);
  });
});

describe('timeline lanes', () => {
  const timeline = simulate(march2019());
  const { scenario } = timeline;

  it('shows each channel across the whole run, with the closure where it happened', () => {
    const [office, liaison] = sampleLanes(
      timeline.frames,
      ['office', 'liaison'],
      scenario.start,
      scenario.end,
      40,
    );
    const code = (lane: string[]) => lane.map((s) => s[0]).join('');
    // 136 h in 40 columns: open until 22 Mar 10:00 (h 26, column 7), closed until 25 Mar
    // 08:30 (h 96.5, column 28); a column where the status changed shows the worse one.
    expect(code(office!)).toBe('o'.repeat(7) + 'c'.repeat(22) + 'd'.repeat(11));
    expect(code(liaison!)).toBe('o'.repeat(40));
  });

  it('places the cursor by time', () => {
    expect(columnOf(scenario.start, scenario.start, scenario.end, 40)).toBe(0);
    expect(columnOf(scenario.end, scenario.start, scenario.end, 40)).toBe(39);
  });
});

describe('key router', () => {
  const state = initialState(simulate(march2019()));
  const none = NO_KEY;

  it('maps browse keys to actions and effects', () => {
    expect(commandFor(state, '', { ...none, rightArrow: true })).toEqual({ type: 'step', dir: 1 });
    expect(commandFor(state, 'h', none)).toEqual({ type: 'step', dir: -1 });
    expect(commandFor(state, 'G', none)).toEqual({ type: 'edge', to: 'last' });
    expect(commandFor(state, 'q', none)).toEqual({ type: 'quit' });
    expect(commandFor(state, 'c', { ...none, ctrl: true })).toEqual({ type: 'quit' });
    expect(commandFor(state, 'w', none)).toMatchObject({ type: 'say' });
  });

  it('sends typing to the prompt while one is open', () => {
    const jumping = { ...state, mode: { kind: 'jump' as const, text: '' } };
    expect(commandFor(jumping, 'q', none)).toEqual({ type: 'type', text: 'q' });
    expect(commandFor(jumping, '', { ...none, escape: true })).toEqual({ type: 'cancel' });
    expect(commandFor(jumping, 'c', { ...none, ctrl: true })).toEqual({ type: 'quit' });
  });
});
