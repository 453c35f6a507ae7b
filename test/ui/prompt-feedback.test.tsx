import { afterEach, describe, expect, it } from 'vitest';
import { simulate } from '../../src/timeline/simulate.js';
import { App } from '../../src/ui/App.js';
import { reduceAndAnswer as reduce } from '../../src/ui/answer-request.js';
import { initialState, type Action, type UiState } from '../../src/ui/state.js';
import { statusText } from '../../src/ui/StatusLine.js';
import { march2019 } from '../support/scenarios.js';
import { KEYS, renderAt, type Rendered } from './render-at.js';

const timeline = simulate(march2019());
let app: Rendered | null = null;
afterEach(() => {
  app?.instance.unmount();
  app = null;
});

/** The status line: the line above the key bar. */
const statusOf = (screen: string) => screen.split('\n').at(-2)!;

describe('a prompt that refuses what was typed says why on the screen', () => {
  for (const [columns, rows] of [
    [100, 45],
    [80, 24],
    [60, 20],
  ] as const)
    for (const [typed, why] of [
      ['2019-02-30', /"2019-02-30" is not a time/],
      ['hello', /"hello" is not a time/],
      ['1999-01-01', /1 Jan 1999 00:00 is before the scenario starts/],
      ['2019-03-21 07:00', /21 Mar 2019 07:00 is before the scenario starts/],
    ] as const)
      it(`${columns}×${rows}: / ${typed} Enter`, async () => {
        app = await renderAt(
          <App timeline={timeline} columns={columns} rows={rows} color={false} />,
          columns,
          rows,
        );
        await app.press('/');
        for (const char of typed) await app.press(char);
        const refused = await app.press(KEYS.enter);
        expect(statusOf(refused)).toMatch(why);
        // The prompt is still open, and typing again shows it with what was typed.
        const typing = await app.press('\x7f');
        expect(statusOf(typing)).toContain(`${typed.slice(0, -1)}▏`);
        expect(statusOf(typing)).not.toMatch(why);
      });

  it('a head count out of range says which numbers it takes, beside the prompt where it fits', () => {
    const run = (...actions: Action[]): UiState => actions.reduce(reduce, initialState(timeline));
    const picked = run({ type: 'open', mode: 'what-if' }, { type: 'type', text: '1' });
    if (picked.mode.kind !== 'pick-event') throw new Error('expected the event list');
    const cursor = picked.mode.options.findIndex((o) => o.do === 'reduce-staff' && o.side === 'north');
    const counting = reduce({ ...picked, mode: { ...picked.mode, cursor } }, { type: 'confirm' });
    const refused = reduce(reduce(counting, { type: 'type', text: '0' }), { type: 'confirm' });
    expect(refused.mode.kind).toBe('count');
    expect(statusText(refused, 100)).toBe('Type a number from 1 to 19.  ·  How many people? (1–19): 50▏');
    expect(statusText(refused, 40)).toBe('Type a number from 1 to 19.');
    expect(statusText(reduce(refused, { type: 'erase' }), 100)).toBe('How many people? (1–19): 5▏');
  });
});
