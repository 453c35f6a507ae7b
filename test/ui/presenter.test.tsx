import { afterEach, describe, expect, it } from 'vitest';
import { simulate } from '../../src/timeline/simulate.js';
import { App } from '../../src/ui/App.js';
import { NO_KEY } from '../../src/ui/keys.js';
import { initialState, reduce, type UiState } from '../../src/ui/state.js';
import { kst, march2019 } from '../support/scenarios.js';
import { KEYS, renderAt, type Rendered } from './render-at.js';

// A class question as long as a teacher may write one, at the withdrawal.
const question = {
  at: kst('2019-03-22T10:00'),
  ask:
    'The office is closed and the North has taken its staff home without saying when they will come back. ' +
    'Can the two governments still talk to each other today, and which lines would you try first, and why?',
  answer:
    'Yes. Every telephone line still answers: the liaison line and the West Sea military line both work, ' +
    'so the South can call the North on either of them even though nobody sits in the office any more.',
};
const timeline = simulate({ ...march2019(), questions: [question] });
const SIZES = [
  [80, 24],
  [100, 30],
  [60, 20],
] as const;

let app: Rendered | null = null;
afterEach(() => {
  app?.instance.unmount();
  app = null;
});

const open = async (columns: number, rows: number, present: boolean) =>
  (app = await renderAt(
    <App timeline={timeline} columns={columns} rows={rows} color={false} present={present} />,
    columns,
    rows,
  ));

/** The screen's words in reading order, box lines and padding gone: wrapped text reads whole again. */
const words = (screen: string) =>
  screen
    .split('\n')
    .map((line) => line.replace(/[│╭╮╰╯├┤─]/g, ' ').trim())
    .join(' ')
    .replace(/\s+/g, ' ');

const flat = (text: string) => text.replace(/\s+/g, ' ');

async function jumpToQuestion(ui: Rendered): Promise<string> {
  await ui.press('/');
  return ui.press(`2019-03-22 10:00${KEYS.enter}`);
}

/** The narration panel's words (stacked under the board at these sizes), its page line left out. */
function story(screen: string): string {
  const lines = screen.split('\n');
  const top = lines.findIndex((l) => l.includes('What happened'));
  const bottom = lines.findIndex((l, i) => i > top && l.startsWith('╰'));
  return words(
    lines
      .slice(top + 1, bottom)
      .filter((l) => !/[▼▲] page/.test(l))
      .join('\n'),
  );
}

/** Everything the narration says over all its pages, in order (] turns them). */
async function allPages(ui: Rendered, first: string): Promise<string> {
  let text = story(first);
  let screen = first;
  for (let page = 0; page < 5 && /▼ page \d+ of \d+/.test(screen); page++) {
    screen = await ui.press(']');
    text += ` ${story(screen)}`;
  }
  return text;
}

describe('a long question and its answer', () => {
  for (const [columns, rows] of SIZES)
    for (const present of [false, true])
      it(`appear whole at ${columns}×${rows}${present ? ' in presenter mode' : ''}, never cut with …`, async () => {
        const ui = await open(columns, rows, present);
        const asked = await jumpToQuestion(ui);
        const roomy = present && columns >= 80 && rows >= 24;
        // Presenting at 80×24 and larger, the question is on one screen; elsewhere its pages say so.
        const shownAsk = roomy ? story(asked) : await allPages(ui, asked);
        expect(shownAsk).toContain(flat(`Question (a: answer): ${question.ask}`));
        expect(words(asked)).not.toMatch(/(tal|talk|first)…/);
        const answered = await ui.press('a');
        const shownAnswer = roomy ? story(answered) : await allPages(ui, answered);
        expect(shownAnswer).toContain(flat(`Answer: ${question.answer}`));
        if (roomy) expect(story(answered)).toContain(flat(`Question: ${question.ask}`));
      });
});

/** The part of each lane after the cursor column, up to the end of the track. */
function lanesAfterCursor(screen: string): string[] {
  const lines = screen.split('\n');
  const axis = lines.findIndex((l) => l.includes('╋'));
  const cursor = [...lines[axis]!].indexOf('╋');
  const trackEnd = [...lines[axis]!].lastIndexOf('─') + 1;
  const lanes = lines.slice(axis + 1).filter((l) => /^ \d+ /.test(l));
  expect(lanes.length).toBeGreaterThan(0);
  return lanes.map((l) => [...l].slice(cursor + 1, trackEnd).join(''));
}

describe('presenter mode gives nothing away', () => {
  for (const [columns, rows] of SIZES)
    it(`the strip shows nothing after the current step at ${columns}×${rows}`, async () => {
      const ui = await open(columns, rows, true);
      for (const lane of lanesAfterCursor(ui.lastFrame())) expect(lane.trim()).toBe('');
      const later = await ui.press(KEYS.right);
      for (const lane of lanesAfterCursor(later)) expect(lane).toMatch(/^ *$/);
      // The same screen outside presenter mode draws the whole run, the closure to come included.
      const whole = await ui.press('p');
      expect(lanesAfterCursor(whole).join('')).toMatch(/[█▒·]/);
    });

  it('the debrief covers the run so far, and f shows the whole run', async () => {
    const ui = await open(80, 24, true);
    await ui.press(KEYS.right);
    const soFar = await ui.press('d');
    expect(soFar).toMatch(/Debrief: the run so far, to 21 Mar 2019 09:00/);
    // The withdrawal comes later: so far no one has cut anything.
    expect(soFar).not.toMatch(/cut 1× by North/);
    const whole = await ui.press('f');
    expect(whole).toContain('Debrief: the whole run');
    expect(whole).toMatch(/cut 1× by North/);
  });

  it('so far, a silence still going on runs to now, not to the end of the run', async () => {
    const ui = await open(80, 24, true);
    await jumpToQuestion(ui); // the office closes at this step, 22 Mar 10:00, and stays closed
    const soFar = words(await ui.press('d'));
    // At the very step it begins the silence has no length yet: under way, not "0 min".
    expect(soFar).toContain('silence under way: closed since 22 Mar 2019 10:00');
    expect(soFar).not.toMatch(/longest silence 0|end \(still closed\)/);
    const whole = words(await ui.press('f'));
    // The whole run knows when the office opens again.
    expect(whole).toMatch(/longest silence [^:]+: 22 Mar 2019 10:00 – 25 Mar 2019 08:30/);
    expect(whole).not.toContain('still closed');
  });

  it('is shown in ? help and toggled by p', async () => {
    const ui = await open(80, 24, false);
    expect(await ui.press('?')).toMatch(/p {10} presenter mode/);
    await ui.press(KEYS.escape);
    expect(await ui.press('p')).toContain('Presenter mode: the story in full');
    expect(ui.lastFrame()).toContain('p presenter');
  });
});

describe('presenting, the board and the status line cut no word', () => {
  /** The board's rows: the lines between its top border and the narration's. */
  const boardRows = (screen: string) => {
    const lines = screen.split('\n');
    const top = lines.findIndex((l) => l.includes('Channels'));
    const bottom = lines.findIndex((l, i) => i > top && /^[├╰]/.test(l));
    return lines.slice(top + 1, bottom);
  };
  /** Every word a board row may show after the status word: the run's reasons and details. */
  const vocabulary = new Set(
    timeline.frames.flatMap((frame) =>
      Object.values(frame.channels).flatMap((view) => `${view.reason} ${view.detail}`.split(/\s+/)),
    ),
  );
  /** What a row shows after its status word (names, before it, may be cut to their column). */
  const said = (row: string) => /(?:OPEN|DEGRADED|CLOSED) (.*)│$/.exec(row)?.[1] ?? row.slice(1, -1);

  for (const [columns, rows] of SIZES)
    it(`at ${columns}×${rows} a reason is whole or ends at a whole word with …`, async () => {
      const ui = await open(columns, rows, true);
      let shortened = 0;
      let reasons = 0;
      for (let i = 0; i < 12; i++) {
        const screen = i === 0 ? ui.lastFrame() : await ui.press(KEYS.right);
        const board = boardRows(screen);
        expect(board.length).toBeGreaterThan(0);
        for (const row of board) {
          const text = said(row).trim();
          if (/(?:OPEN|DEGRADED|CLOSED) +\S/.test(row)) reasons++;
          for (const cut of text.matchAll(/(\S+)…/g)) {
            shortened++;
            expect(vocabulary.has(cut[1]!), `"${cut[1]}…" in ${row}`).toBe(true);
          }
        }
      }
      // The board still says why: at 60 columns too, reasons are shown, some of them shortened.
      expect(reasons).toBeGreaterThan(0);
      if (columns === 60) expect(shortened).toBeGreaterThan(0);
    });

  it('at 60×20 a long message is shortened by whole words', async () => {
    const ui = await open(60, 20, false);
    const screen = await ui.press('p');
    const status = screen.split('\n').find((l) => l.startsWith(' Presenter mode:'))!;
    expect(status, screen).toBeDefined();
    const shown = status.trim().replace(/…$/, '');
    expect(status.trim()).toMatch(/…$/);
    // What is shown is the message up to the end of a word.
    const message =
      'Presenter mode: the story in full, play stops at each question, nothing from later steps (p: off).';
    expect(message.startsWith(shown)).toBe(true);
    expect(message[shown.length]).toMatch(/[ ,]/);
  });
});

describe('the classroom keys in the reducer', () => {
  const press = (state: UiState, input: string, key = NO_KEY) => reduce(state, { type: 'key', input, key });
  const asked = timeline.frames.findIndex((f) => f.at === question.at);

  it('play stops at the step with a question and waits for space, even when skipping checks', () => {
    for (const skip of [false, true]) {
      let state = press({ ...initialState(timeline), skipChecks: skip }, ' ');
      for (let i = 0; i < timeline.frames.length && state.playing; i++)
        state = reduce(state, { type: 'tick' });
      expect(state.index).toBe(asked);
      expect(state.playing).toBe(false);
      expect(state.message).toMatch(/question for the class/);
      const resumed = reduce(press(state, ' '), { type: 'tick' });
      expect(resumed.index).toBeGreaterThan(asked);
    }
  });

  it('q with an unsaved what-if asks once; q again quits; a saved one quits at once', () => {
    const branch = timeline; // any timeline shown as the branch will do for the question
    const inWhatIf: UiState = { ...initialState(timeline), branch };
    const once = press(inWhatIf, 'q');
    expect(once.request).toBeNull();
    expect(once.message).toMatch(/not saved: q quits/);
    expect(press(once, 'q').request).toEqual({ kind: 'quit' });
    // Any other key stands the question down: the next q asks again.
    expect(press(press(once, 'l'), 'q').request).toBeNull();
    const saved = reduce(inWhatIf, { type: 'saved', branch, path: './x.yaml', message: 'Saved' });
    expect(press(saved, 'q').request).toEqual({ kind: 'quit' });
    expect(press(inWhatIf, 'c', { ...NO_KEY, ctrl: true }).request).toEqual({ kind: 'quit' });
  });
});
