import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/timeline/simulate.js';
import { parseMoment } from '../../src/time/clock.js';
import { reduceAndAnswer as reduce } from '../../src/ui/answer-request.js';
import { initialState, shown, type Action, type UiState } from '../../src/ui/state.js';
import { KST, kst, march2019 } from '../support/scenarios.js';
import { NO_KEY } from '../../src/ui/keys.js';

const history = simulate(march2019());
const run = (...actions: Action[]): UiState => actions.reduce(reduce, initialState(history));
const kinds = history.frames.map((f) => f.kind);

describe('UI state', () => {
  it('steps forward and back by one frame, and stops at the edges with a message', () => {
    expect(run({ type: 'step', dir: 1 }).index).toBe(1);
    expect(run({ type: 'step', dir: 1 }, { type: 'step', dir: -1 }).index).toBe(0);
    const atStart = run({ type: 'step', dir: -1 });
    expect(atStart.index).toBe(0);
    expect(atStart.message).toBe('Already at the start.');
  });

  it('jumps to the first and last frame', () => {
    expect(run({ type: 'edge', to: 'last' }).index).toBe(history.frames.length - 1);
    expect(run({ type: 'edge', to: 'last' }, { type: 'edge', to: 'first' }).index).toBe(0);
  });

  it('skips routine checks when asked: stepping lands on scripted events only', () => {
    const skipping = run({ type: 'toggle-skip' }, { type: 'step', dir: 1 });
    expect(skipping.skipChecks).toBe(true);
    expect(history.frames[skipping.index]!.kind).toBe('event');
    expect(kinds.slice(1, skipping.index).every((k) => k === 'checks')).toBe(true);
  });

  it('plays tick by tick and stops by itself at the end', () => {
    let state = run({ type: 'toggle-play' });
    expect(state.playing).toBe(true);
    for (let i = 0; i < history.frames.length + 3; i++) state = reduce(state, { type: 'tick' });
    expect(state.index).toBe(history.frames.length - 1);
    expect(state.playing).toBe(false);
  });

  it('keeps the speed within its range', () => {
    const fastest = run(...Array.from({ length: 9 }, (): Action => ({ type: 'speed', by: 1 })));
    expect(fastest.speed).toBe(4);
    expect(run({ type: 'speed', by: -1 }, { type: 'speed', by: -1 }).speed).toBe(0);
  });

  it('jumps to a typed step, in the scenario zone', () => {
    const state = run(
      { type: 'open', mode: 'jump' },
      { type: 'type', text: '2019-03-22 10:00' },
      { type: 'confirm' },
    );
    expect(state.mode.kind).toBe('browse');
    expect(history.frames[state.index]!.at).toBe(kst('2019-03-22T10:00'));
    expect(history.frames[state.index]!.event?.do).toBe('withdraw-staff');
  });

  it('between steps shows how things stood then (the step before) and says how far the steps are', () => {
    const jumpTo = (text: string) =>
      run({ type: 'open', mode: 'jump' }, { type: 'type', text }, { type: 'confirm' });
    // A quiet stretch: the office stands empty from the withdrawal until the South returns.
    const quiet = jumpTo('2019-03-22 12:00');
    expect(history.frames[quiet.index]!.event?.do).toBe('withdraw-staff');
    expect(quiet.message).toBe(
      'No step at 22 Mar 2019 12:00: showing how things stood from 22 Mar 2019 10:00 (2 hours before); next step 22 Mar 2019 16:00 (4 hours later).',
    );
    const late = jumpTo('2019-04-30');
    expect(late.index).toBe(history.frames.length - 1);
    expect(late.message).toBe(
      '30 Apr 2019 00:00 is after the last step: showing the last step, 26 Mar 2019 17:00 (1 month 3 days before).',
    );
    const early = jumpTo('2019-03-01');
    expect(early.mode).toEqual({ kind: 'jump', text: '2019-03-01' });
    expect(early.index).toBe(0);
    expect(early.message).toBe('1 Mar 2019 00:00 is before the scenario starts (21 Mar 2019 08:00).');
  });

  it('keeps the prompt open and explains a date it cannot read', () => {
    const state = run(
      { type: 'open', mode: 'jump' },
      { type: 'type', text: '22/03/2019' },
      { type: 'confirm' },
    );
    expect(state.mode).toEqual({ kind: 'jump', text: '22/03/2019' });
    expect(state.message).toMatch(/is not a time: type YYYY-MM-DD/);
    expect(parseMoment('2019-02-30', KST)).toBeNull();
    expect(parseMoment('2019-03-22', KST)).toBe(kst('2019-03-22T00:00'));
  });

  it('n / N jump to the next and previous status change; c chooses the channel to follow', () => {
    const next = run({ type: 'change', dir: 1 });
    expect(history.frames[next.index]!.event?.do).toBe('withdraw-staff');
    const following = run({ type: 'open', mode: 'follow' }, { type: 'type', text: '2' });
    expect(following.follow).toBe('liaison');
    const none = reduce(following, { type: 'change', dir: 1 });
    expect(none.index).toBe(0);
    expect(none.message).toBe('No later change of Liaison line.');
    const any = reduce(reduce(following, { type: 'open', mode: 'follow' }), { type: 'type', text: '0' });
    expect(any.follow).toBeNull();
    const back = run({ type: 'edge', to: 'last' }, { type: 'change', dir: -1 });
    expect(history.frames[back.index]!.event?.do).toBe('send-staff');
  });

  it('builds a what-if from the picker and returns to history at the same frame', () => {
    const picked = run({ type: 'open', mode: 'what-if' }, { type: 'type', text: '1' });
    expect(picked.mode.kind).toBe('pick-event');
    if (picked.mode.kind !== 'pick-event') return;
    const suspend = picked.mode.options.findIndex((o) => o.do === 'suspend' && o.side === 'south');
    const typed = reduce(picked, { type: 'type', text: String(suspend + 1) });
    expect(typed.branch).toBeNull(); // one digit of a longer list waits for Enter
    const state = reduce(typed, { type: 'confirm' });
    expect(state.branch?.isBranch).toBe(true);
    expect(state.index).toBe(1);
    expect(shown(state).frames[1]!.kind).toBe('what-if');
    expect(shown(state).frames[1]!.channels['office']!.status).toBe('closed');
    const later = reduce(state, { type: 'edge', to: 'last' });
    const back = reduce(later, { type: 'back-to-history' });
    expect(back.branch).toBeNull();
    expect(history.frames[back.index]!.at).toBe(later.branch!.frames.at(-1)!.at);
    // Esc does the same from the keyboard.
    const escaped = reduce(later, { type: 'key', input: '', key: { ...NO_KEY, escape: true } });
    expect(escaped.branch).toBeNull();
    expect(escaped.index).toBe(back.index);
  });

  it('asks for a head count for send-staff and reduce-staff, within the complement', () => {
    const picked = run({ type: 'open', mode: 'what-if' }, { type: 'type', text: '1' });
    if (picked.mode.kind !== 'pick-event') throw new Error('expected the event list');
    const reduceAt = picked.mode.options.findIndex((o) => o.do === 'reduce-staff' && o.side === 'north');
    let state = reduce({ ...picked, mode: { ...picked.mode, cursor: reduceAt } }, { type: 'confirm' });
    // The core's suggestion (a quarter of the complement) is the starting text.
    expect(state.mode).toMatchObject({ kind: 'count', min: 1, max: 19, text: '5' });
    state = reduce(reduce(state, { type: 'erase' }), { type: 'type', text: '25' });
    state = reduce(state, { type: 'confirm' });
    expect(state.message).toBe('Type a number from 1 to 19.');
    state = reduce(reduce(reduce(state, { type: 'erase' }), { type: 'erase' }), { type: 'type', text: '7' });
    state = reduce(state, { type: 'confirm' });
    expect(state.branch).not.toBeNull();
    expect(shown(state).frames[1]!.channels['office']!.reason).toMatch(
      /North only partly staffed \(7 of 20\)/,
    );
  });

  it('refuses a what-if inside a what-if, and says so', () => {
    const picked = run(
      { type: 'open', mode: 'what-if' },
      { type: 'type', text: '2' },
      { type: 'type', text: '1' },
    );
    expect(picked.branch).toBeNull(); // '1' of a list of eleven waits for Enter
    const branched = reduce(picked, { type: 'confirm' });
    expect(branched.branch).not.toBeNull();
    const again = reduce(branched, { type: 'open', mode: 'what-if' });
    expect(again.mode.kind).toBe('browse');
    expect(again.message).toMatch(/already a what-if/);
  });

  it('opens the debrief, scrolls it without going above the top, and closes it', () => {
    const open = run({ type: 'key', input: 'd', key: NO_KEY });
    expect(open.mode).toEqual({ kind: 'debrief', top: 0, whole: true });
    const scrolled = [
      { ...NO_KEY, downArrow: true },
      { ...NO_KEY, downArrow: true },
      { ...NO_KEY, upArrow: true },
    ].reduce((state, key) => reduce(state, { type: 'key', input: '', key }), open);
    expect(scrolled.mode).toEqual({ kind: 'debrief', top: 1, whole: true });
    expect(reduce(open, { type: 'move', by: -1 }).mode).toEqual({ kind: 'debrief', top: 0, whole: true });
    expect(reduce(scrolled, { type: 'key', input: '', key: { ...NO_KEY, escape: true } }).mode.kind).toBe(
      'browse',
    );
  });

  it('reads pasted text as the keys it is made of', () => {
    const state = run({ type: 'key', input: '/2019-03-22 10:00\r', key: NO_KEY });
    expect(state.mode.kind).toBe('browse');
    expect(history.frames[state.index]!.event?.do).toBe('withdraw-staff');
  });

  it('answers a key that does nothing by pointing at the help', () => {
    expect(run({ type: 'key', input: 'x', key: NO_KEY }).message).toBe(
      '"x" does nothing here: ? shows every key.',
    );
  });

  it('turns q and Ctrl-C into a quit request for the edge of the app, even while typing', () => {
    expect(run({ type: 'key', input: 'q', key: NO_KEY }).request).toEqual({ kind: 'quit' });
    const typing = run({ type: 'open', mode: 'jump' });
    expect(reduce(typing, { type: 'key', input: 'q', key: NO_KEY }).request).toBeNull();
    expect(reduce(typing, { type: 'key', input: 'c', key: { ...NO_KEY, ctrl: true } }).request).toEqual({
      kind: 'quit',
    });
  });
});

describe('what-if requests', () => {
  it('are answered once: back in history, an old branch request does not come back', () => {
    const picked = run({ type: 'open', mode: 'what-if' }, { type: 'type', text: '1' });
    if (picked.mode.kind !== 'pick-event') throw new Error('expected the event list');
    const branched = reduce(picked, { type: 'confirm' });
    expect(branched.branch).not.toBeNull();
    const back = reduce(branched, { type: 'back-to-history' });
    expect(back.branch).toBeNull();
    expect(reduce(back, { type: 'step', dir: 1 }).branch).toBeNull();
  });
});

describe('keys typed ahead', () => {
  it('reach the list the key before them opened, however fast they come', () => {
    const oneByOne = run({ type: 'key', input: 'i', key: NO_KEY }, { type: 'key', input: '1', key: NO_KEY });
    if (oneByOne.mode.kind !== 'pick-event') throw new Error('expected the event list');
    const { options } = oneByOne.mode;
    const last = Math.min(options.length, 9);
    const burst = run({ type: 'key', input: `i1${last}`, key: NO_KEY });
    // A list of up to 9 takes its last digit at once: the what-if it names is being simulated.
    expect(burst.branch?.origin?.whatIf).toMatchObject({
      do: options[last - 1]!.do,
      side: options[last - 1]!.side,
    });
  });
});
