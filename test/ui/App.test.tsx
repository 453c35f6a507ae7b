import { afterEach, describe, expect, it } from 'vitest';
import { simulate } from '../../src/timeline/simulate.js';
import type { Timeline } from '../../src/timeline/timeline.js';
import { App } from '../../src/ui/App.js';
import { ko } from '../../src/words/ko.js';
import { march2019 } from '../support/scenarios.js';
import { KEYS, renderAt, waitFor, type Rendered } from './render-at.js';

const timeline = simulate(march2019());
let app: Rendered | null = null;
afterEach(() => {
  app?.instance.unmount();
  app = null;
});

const open = async (columns = 80, rows = 24, save?: (branch: Timeline) => Promise<string>) =>
  (app = await renderAt(
    <App timeline={timeline} columns={columns} rows={rows} color={false} save={save} />,
    columns,
    rows,
  ));

describe('the interactive screen at 80×24', () => {
  it('shows the first frame: every channel, why, the reachability, the lanes and the keys', async () => {
    const screen = (await open()).lastFrame();
    expect(screen.split('\n').length).toBeLessThanOrEqual(24);
    expect(screen).toMatchInlineSnapshot(`
      " Test: withdrawal                               Thu 21 Mar 2019 08:00 KST  1/19
      ╭─ Channels ───────────────────────────────────────────────────────────────────╮
      │1 ● Joint Liaison Office   OPEN     operating, both sides present             │
      │    South 20 present · North 20 present                                       │
      │2 ● Liaison line           OPEN     line working, both sides answering        │
      │    line working · South answering · North answering              no check yet│
      │3 ● West Sea military line OPEN     line working, both sides answering        │
      │    line working · South answering · North answering              no check yet│
      ├─ What happened · HISTORICAL · start ─────────────────────────────────────────┤
      │The scenario begins.                                                          │
      │                                                                              │
      │                                                                              │
      │                                                                              │
      │                                                                              │
      │                                                                              │
      │                                                                              │
      ╰──────────────────────────────────────────────────────────────────────────────╯
       South ⇄ North: reachable over 3 of 3 direct channels
       2019-03-21   ╋──────────────────────────────────────────────────── 2019-03-26
       1 Joint Lia… ██████████····························▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒  █ open
       2 Liaison l… █████████████████████████████████████████████████████  ▒ degraded
       3 West Sea…  █████████████████████████████████████████████████████  · closed
       ⏸ paused (space plays)  ·  routine checks too (s: skip)
       ←→ step  ? help  q quit  space play  / jump  n/N change  i what-if  d debrief"
    `);
  });

  it('steps forward one frame, then back to exactly the first frame', async () => {
    const ui = await open();
    const first = ui.lastFrame();
    const second = await ui.press(KEYS.right);
    expect(second).toMatchInlineSnapshot(`
      " Test: withdrawal                               Thu 21 Mar 2019 09:00 KST  2/19
      ╭─ Channels ───────────────────────────────────────────────────────────────────╮
      │1 ● Joint Liaison Office   OPEN     operating, both sides present             │
      │    South 20 present · North 20 present                                       │
      │2 ● Liaison line           OPEN     line working, both sides answering        │
      │    line working · South answering · North answering                   09:00 ✓│
      │3 ● West Sea military line OPEN     line working, both sides answering        │
      │    line working · South answering · North answering                   09:00 ✓│
      ├─ What happened · HISTORICAL · routine checks ────────────────────────────────┤
      │Routine check at 09:00: Liaison line answered; West Sea military line         │
      │answered.                                                                     │
      │                                                                              │
      │                                                                              │
      │                                                                              │
      │                                                                              │
      │                                                                              │
      ╰──────────────────────────────────────────────────────────────────────────────╯
       South ⇄ North: reachable over 3 of 3 direct channels
       2019-03-21   ╋──────────────────────────────────────────────────── 2019-03-26
       1 Joint Lia… ██████████····························▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒  █ open
       2 Liaison l… █████████████████████████████████████████████████████  ▒ degraded
       3 West Sea…  █████████████████████████████████████████████████████  · closed
       ⏸ paused (space plays)  ·  routine checks too (s: skip)
       ←→ step  ? help  q quit  space play  / jump  n/N change  i what-if  d debrief"
    `);
    expect(await ui.press('h')).toBe(first);
  });

  it('shows the help overlay and closes it', async () => {
    const ui = await open();
    const first = ui.lastFrame();
    expect(await ui.press('?')).toMatchInlineSnapshot(`
      " Test: withdrawal                               Thu 21 Mar 2019 08:00 KST  1/19
      ╭─ Help (↓ 4 more) ────────────────────────────────────────────────────────────╮
      │→ l / ← h   step forward / back (instant at any point)                        │
      │g / G       first / last step                                                 │
      │space       play or pause; + / - faster or slower                             │
      │s           skip routine check calls: land on scripted events only            │
      │/           jump to a date: 2019-03-25 or 2019-03-25 09:00                    │
      │n / N       next / previous change of a channel's status                      │
      │c           choose the channel n / N follow (by its number)                   │
      │↑ / ↓       scroll the channels when they do not all fit                      │
      │i           what if…: pick a channel, then something that could happen now    │
      │b Esc / w   what-if: back to history at the same moment / save it as a file   │
      │a           reveal the answer to the class's question at this step            │
      │p           presenter mode: story in full, play stops at questions, no later  │
      │            steps shown                                                       │
      │] [ PgDn    next / previous page of a story longer than its panel             │
      │d           debrief: time each channel was open, longest silence, who cut what│
      │f           in the debrief: the run so far / the whole run                    │
      │q  Ctrl-C   quit                                                              │
      │                                                                              │
      ╰──────────────────────────────────────────────────────────────────────────────╯
       South ⇄ North: reachable over 3 of 3 direct channels
       ⏸ paused (space plays)  ·  routine checks too (s: skip)
       ↑↓ scroll  Esc/? close help  q quit"
    `);
    expect(await ui.press(KEYS.escape)).toBe(first);
  });

  it('shows the debrief of the whole run on d', async () => {
    const ui = await open();
    const screen = await ui.press('d');
    expect(screen).toContain('Debrief: the whole run');
    expect(screen).toMatch(/Joint Liaison Office: open \d/);
    expect(screen).toContain('↑↓ scroll  f so far/whole  Esc/d close  q quit');
  });

  it('jumps to the withdrawal and shows the office closed and why', async () => {
    const ui = await open();
    await ui.press('/');
    for (const ch of '2019-03-22 10:00') await ui.press(ch);
    expect(await ui.press(KEYS.enter)).toMatchInlineSnapshot(`
      " Test: withdrawal                               Fri 22 Mar 2019 10:00 KST  6/19
      ╭─ Channels ───────────────────────────────────────────────────────────────────╮
      │1 ✖ Joint Liaison Office   CLOSED   North staff withdrawn since 22 Mar 2019   │
      │    10:00  South 20 present · North withdrawn                                 │
      │2 ● Liaison line           OPEN     line working, both sides answering        │
      │    line working · South answering · North answering                   09:00 ✓│
      │3 ● West Sea military line OPEN     line working, both sides answering        │
      │    line working · South answering · North answering                   09:00 ✓│
      ├─ What happened · HISTORICAL · North acts ────────────────────────────────────┤
      │North staff leave.                                                            │
      │                                                                              │
      │                                                                              │
      │                                                                              │
      │                                                                              │
      │                                                                              │
      │                                                                              │
      ╰──────────────────────────────────────────────────────────────────────────────╯
       South ⇄ North: reachable over 2 of 3 direct channels
       2019-03-21   ━━━━━━━━━━╋────────────────────────────────────────── 2019-03-26
       1 Joint Lia… ██████████····························▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒  █ open
       2 Liaison l… █████████████████████████████████████████████████████  ▒ degraded
       3 West Sea…  █████████████████████████████████████████████████████  · closed
       ⏸ paused (space plays)  ·  routine checks too (s: skip)
       ←→ step  ? help  q quit  space play  / jump  n/N change  i what-if  d debrief"
    `);
  });

  it('runs a what-if, marks what differs from history and what could not happen, and goes back', async () => {
    const ui = await open();
    expect(await ui.press('i')).toContain('Which channel?');
    const events = await ui.press('1');
    expect(events).toMatchInlineSnapshot(`
      " Test: withdrawal                               Thu 21 Mar 2019 08:00 KST  1/19
      ╭─ What if ────────────────────────────────────────────────────────────────────╮
      │What could happen now to Joint Liaison Office?                                │
      │                                                                              │
      │›  1 South suspends the office (suspend)                                      │
      │   2 North suspends the office (suspend)                                      │
      │   3 South demolishes the office (demolish)                                   │
      │   4 North demolishes the office (demolish)                                   │
      │   5 Nature demolishes the office (demolish)                                  │
      │   6 South reduces its staff (5) (reduce-staff)                               │
      │   7 North reduces its staff (5) (reduce-staff)                               │
      │   8 Both sides reduce their staff (5) (reduce-staff)                         │
      │   9 South withdraws its staff (withdraw-staff)                               │
      │  10 North withdraws its staff (withdraw-staff)                               │
      │  11 Both sides withdraw their staff (withdraw-staff)                         │
      │                                                                              │
      │                                                                              │
      │                                                                              │
      │                                                                              │
      │                                                                              │
      ╰──────────────────────────────────────────────────────────────────────────────╯
       South ⇄ North: reachable over 3 of 3 direct channels
       ⏸ paused (space plays)  ·  routine checks too (s: skip)
       type its number or ↑↓ then Enter  Esc cancel"
    `);
    // Two digits pick one of ten or more options at once: no Enter needed.
    const number = /(\d+) North withdraws its staff/.exec(events)![1]!;
    expect(number).toHaveLength(2);
    const branch = await ui.press(number);
    expect(branch).toMatchInlineSnapshot(`
      " WHAT-IF · NOT HISTORY  Test: withdrawal        Thu 21 Mar 2019 08:00 KST  2/20
      ╭─ Channels ───────────────────────────────────────────────────────────────────╮
      │1 ✖ Joint Liaison Office   CLOSED   North staff withdrawn since 21 Mar 2019   │
      │    08:00 ≠ history: was OPEN  South 20 present · North withdrawn             │
      │2 ● Liaison line           OPEN     line working, both sides answering        │
      │    line working · South answering · North answering              no check yet│
      │3 ● West Sea military line OPEN     line working, both sides answering        │
      │    line working · South answering · North answering              no check yet│
      ├─ Branch · WHAT IF · not history ─────────────────────────────────────────────┤
      │Differs from history: Joint Liaison Office (history: OPEN)                    │
      │What if… North withdraws its staff (Joint Liaison Office)? This did not       │
      │happen: from here on the run is simulated.                                    │
      │                                                                              │
      │                                                                              │
      │                                                                              │
      │                                                                              │
      ╰──────────────────────────────────────────────────────────────────────────────╯
       South ⇄ North: reachable over 2 of 3 direct channels
       2019-03-21   ╋──────────────────────────────────────────────────── 2019-03-26
       1 Joint Lia… ······································▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒  █ open
       2 Liaison l… █████████████████████████████████████████████████████  ▒ degraded
       3 West Sea…  █████████████████████████████████████████████████████  · closed
       What if: North withdraws its staff. Not history. b: back to history · w: save…
       ←→ step  b history  w save  ? help  q quit  space play"
    `);
    await ui.press('/');
    for (const ch of '2019-03-22 10:00') await ui.press(ch);
    expect(await ui.press(KEYS.enter)).toMatchInlineSnapshot(`
      " WHAT-IF · NOT HISTORY  Test: withdrawal        Fri 22 Mar 2019 10:00 KST  7/20
      ╭─ Channels ───────────────────────────────────────────────────────────────────╮
      │1 ✖ Joint Liaison Office   CLOSED   North staff withdrawn since 21 Mar 2019   │
      │    08:00  South 20 present · North withdrawn                                 │
      │2 ● Liaison line           OPEN     line working, both sides answering        │
      │    line working · South answering · North answering                   09:00 ✓│
      │3 ● West Sea military line OPEN     line working, both sides answering        │
      │    line working · South answering · North answering                   09:00 ✓│
      ├─ Branch · NOT HISTORY · North acts ──────────────────────────────────────────┤
      │Could not happen in this branch: Joint Liaison Office cannot withdraw-staff:  │
      │North staff are already withdrawn                                             │
      │In history: North staff leave.                                                │
      │                                                                              │
      │                                                                              │
      │                                                                              │
      │                                                                              │
      ╰──────────────────────────────────────────────────────────────────────────────╯
       South ⇄ North: reachable over 2 of 3 direct channels
       2019-03-21   ━━━━━━━━━━╋────────────────────────────────────────── 2019-03-26
       1 Joint Lia… ······································▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒  █ open
       2 Liaison l… █████████████████████████████████████████████████████  ▒ degraded
       3 West Sea…  █████████████████████████████████████████████████████  · closed
       ⏸ paused (space plays)  ·  routine checks too (s: skip)
       ←→ step  b history  w save  ? help  q quit  space play"
    `);
    const back = await ui.press('b');
    expect(back).toContain('Back to history.');
    expect(back).not.toContain('WHAT-IF');
    expect(back).toContain('Fri 22 Mar 2019 10:00 KST  6/19');
  });

  it('says so when saving fails, and keeps the branch', async () => {
    const ui = await open(80, 24, async () => {
      throw new Error('EACCES: permission denied');
    });
    await ui.press('i');
    await ui.press('2');
    await ui.press(KEYS.enter);
    await ui.press('w');
    await waitFor(() => ui.lastFrame().includes('Could not save: EACCES: permission denied'));
    expect(ui.lastFrame()).toContain('WHAT-IF');
  });

  it('saves a branch through the given save function and shows the path', async () => {
    const saved: Timeline[] = [];
    const ui = await open(80, 24, async (branch) => {
      saved.push(branch);
      return './test-march-2019-what-if-1.yaml';
    });
    await ui.press('i');
    await ui.press('2');
    expect(await ui.press(KEYS.enter)).toContain('WHAT-IF'); // the first option, under the cursor
    await ui.press('w');
    await waitFor(() => ui.lastFrame().includes('Saved the what-if as ./test-march-2019-what-if-1.yaml'));
    expect(ui.lastFrame()).toContain('WHAT-IF');
    expect(saved).toHaveLength(1);
    expect(saved[0]!.isBranch).toBe(true);
    // w again on the same what-if writes no second copy: it says where the first one is.
    expect(await ui.press('w')).toContain(
      'This what-if is already saved, as ./test-march-2019-what-if-1.yaml',
    );
    expect(saved).toHaveLength(1);
  });

  it('says a what-if is already saved in Korean too, and saves a new what-if again', async () => {
    const saved: Timeline[] = [];
    app = await renderAt(
      <App
        timeline={timeline}
        columns={100}
        rows={30}
        color={false}
        lang="ko"
        save={async (branch) => {
          saved.push(branch);
          return `./what-if-${saved.length}.yaml`;
        }}
      />,
      100,
      30,
    );
    const ui = app;
    await ui.press('i');
    await ui.press('2');
    await ui.press(KEYS.enter);
    await ui.press('w');
    await waitFor(() => ui.lastFrame().includes(ko.ui.saved('./what-if-1.yaml')));
    expect(await ui.press('w')).toContain(ko.ui.alreadySaved('./what-if-1.yaml'));
    // Another what-if is not the one saved: w saves it.
    await ui.press('b');
    await ui.press('i');
    await ui.press('2');
    await ui.press(KEYS.enter);
    await ui.press('w');
    await waitFor(() => ui.lastFrame().includes(ko.ui.saved('./what-if-2.yaml')));
    expect(saved).toHaveLength(2);
  });
});

describe('a roomy terminal', () => {
  it('puts the board and the narration side by side at 120×40', async () => {
    const ui = await open(120, 40);
    await ui.press('/');
    for (const ch of '2019-03-25 09:00') await ui.press(ch);
    const screen = await ui.press(KEYS.enter);
    expect(screen.split('\n').length).toBeLessThanOrEqual(40);
    expect(screen).toMatchInlineSnapshot(`
      " liaison-sim · Test: withdrawal                                                        Mon 25 Mar 2019 09:00 KST  14/19
      ╭─ Channels ───────────────────────────────────────────────────────────────╮╭─ What happened · HISTORICAL · routine ch…╮
      │1 ◐ Joint Liaison Office   DEGRADED                                       ││Routine check at 09:00: Liaison line      │
      │    North only partly staffed (5 of 20) since 25 Mar 2019 08:30           ││answered; West Sea military line answered.│
      │    South 20 present · North 5 of 20                                      ││                                          │
      │2 ● Liaison line           OPEN                              check 09:00 ✓││                                          │
      │    line working, both sides answering                                    ││                                          │
      │    line working · South answering · North answering                      ││                                          │
      │3 ● West Sea military line OPEN                              check 09:00 ✓││                                          │
      │    line working, both sides answering                                    ││                                          │
      │    line working · South answering · North answering                      ││                                          │
      │                                                                          ││                                          │
      ╰──────────────────────────────────────────────────────────────────────────╯╰──────────────────────────────────────────╯
      ╭─ Story so far ───────────────────────────────────────────────────────────────────────────────────────────────────────╮
      │  Fri 22 Mar 10:00  North      North staff leave.                                                                     │
      │  Mon 25 Mar 08:30  North      Some North staff return.                                                               │
      │                                                                                                                      │
      │                                                                                                                      │
      │                                                                                                                      │
      │                                                                                                                      │
      │                                                                                                                      │
      │                                                                                                                      │
      │                                                                                                                      │
      │                                                                                                                      │
      │                                                                                                                      │
      │                                                                                                                      │
      │                                                                                                                      │
      │                                                                                                                      │
      │                                                                                                                      │
      │                                                                                                                      │
      │                                                                                                                      │
      │                                                                                                                      │
      ╰──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────╯
       South ⇄ North: reachable over 3 of 3 direct channels
       2019-03-21          ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╋──────────────────────── 2019-03-26
       1 Joint Liaison Of… ████████████████··············································▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒  █ open
       2 Liaison line      ██████████████████████████████████████████████████████████████████████████████████████  ▒ degraded
       3 West Sea militar… ██████████████████████████████████████████████████████████████████████████████████████  · closed
       ⏸ paused (space plays)  ·  routine checks too (s: skip)  ·  n/N: changes of any channel
       ←→ step  space play  g/G start/end  / jump  n/N next change  s skip checks  i what-if  d debrief  ? help  q quit"
    `);
  });

  it('redraws a resized terminal exactly like a fresh start at the new size', async () => {
    const ui = await open(120, 40);
    await ui.press('G');
    ui.stdout.resize(80, 24);
    ui.instance.rerender(<App timeline={timeline} columns={80} rows={24} color={false} />);
    await waitFor(() => ui.lastFrame().split('\n').length <= 24);
    const fresh = await renderAt(<App timeline={timeline} columns={80} rows={24} color={false} />, 80, 24);
    expect(ui.lastFrame()).toBe(await fresh.press('G'));
    fresh.instance.unmount();
  });
});
