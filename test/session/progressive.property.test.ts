import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate, startSimulation, type Simulation } from '../../src/timeline/simulate.js';
import { formatDateTime } from '../../src/time/clock.js';
import { lastCheckAt } from '../../src/timeline/lastCheck.js';
import { scriptedUpTo } from '../../src/timeline/scriptedIndex.js';
import { reduceAndAnswer as reduce } from '../../src/ui/answer-request.js';
import { initialState, shown, type Action } from '../../src/ui/state.js';
import { randomWeek } from '../support/randomWeek.js';
import { questionsAt } from '../../src/analysis/questions.js';
import { debriefText } from '../../src/ui/DebriefPanel.js';
import { stepLabel } from '../../src/ui/Header.js';
import { NO_KEY } from '../../src/ui/keys.js';
import { strip } from '../../src/ui/use-screen-data.js';
import { speakerFor } from '../../src/words/speaker.js';
import { KST, kst, march2019 } from '../support/scenarios.js';

const H = 3_600_000;
const start = kst('2019-03-21T08:00');

const week = randomWeek(20);

/** A moment as a user types it at the `/` prompt, in KST. */
const typedMoment = (at: number) => new Date(at + 9 * H).toISOString().slice(0, 16).replace('T', ' ');

const key = (input: string): Action => ({ type: 'key', input, key: NO_KEY });

const slices = fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 40 });

describe('progressive simulation', () => {
  it('has, after every slice, exactly the one-shot run’s first frames, refusals and restorable states', () => {
    fc.assert(
      fc.property(week, slices, (scenario, sizes) => {
        const whole = simulate(scenario);
        const simulation = startSimulation(scenario);
        const { timeline } = simulation;
        for (let i = 0; !simulation.done; i++) {
          simulation.advance(sizes[i % sizes.length]!);
          const n = timeline.frames.length;
          expect(timeline.frames).toEqual(whole.frames.slice(0, n));
          expect(timeline.refusals).toEqual(whole.refusals.filter((r) => r.frameIndex < n));
          const k = n - 1;
          expect(timeline.snapshotAt(k)).toEqual(whole.snapshotAt(k));
          // Look-ups that index the frames must follow them as they grow.
          for (const { id } of scenario.channels)
            expect(lastCheckAt(timeline.frames, k, id)).toEqual(lastCheckAt(whole.frames, k, id));
          expect(scriptedUpTo(timeline.frames, k, 5)).toEqual(scriptedUpTo(whole.frames, k, 5));
        }
        expect(timeline.frames).toEqual(whole.frames);
      }),
      { numRuns: 40 },
    );
  });

  /** What a user can do that moves through the frames. */
  const action: fc.Arbitrary<Action[]> = fc.oneof(
    fc.constantFrom<Action[]>(
      [{ type: 'step', dir: 1 }],
      [{ type: 'step', dir: -1 }],
      [{ type: 'edge', to: 'last' }],
      [{ type: 'edge', to: 'first' }],
      [{ type: 'change', dir: 1 }],
      [{ type: 'change', dir: -1 }],
      [{ type: 'toggle-skip' }],
      // The views that summarise the run: the debrief, whole and so far.
      [{ type: 'open', mode: 'debrief' }],
      [{ type: 'open', mode: 'debrief' }, { type: 'toggle-whole-debrief' }],
      [{ type: 'cancel' }],
      // As keys: a G waiting for its frames is not dropped when d opens the debrief.
      [key('G'), key('d')],
      [key('G'), key('?')],
    ),
    fc.tuple(fc.integer({ min: -5, max: 140 }), fc.boolean()).map(([hour, typed]): Action[] => [
      { type: 'open', mode: 'jump' },
      // As a user types it (2019-03-22 10:00), or as the screen writes it (not a time to the prompt).
      { type: 'type', text: typed ? typedMoment(start + hour * H) : formatDateTime(start + hour * H, KST) },
      { type: 'confirm' },
    ]),
  );

  it('shows, at every moment a user could look, what the one-shot run shows', () => {
    fc.assert(
      fc.property(week, fc.array(fc.tuple(action, fc.nat(6)), { maxLength: 25 }), (scenario, script) => {
        const whole = simulate(scenario);
        const simulation: Simulation = startSimulation(scenario);
        let full = initialState(whole);
        let progressive = initialState(simulation.timeline, { lang: 'en', simulating: !simulation.done });
        const slice = (size: number) => {
          simulation.advance(size);
          progressive = reduce(progressive, { type: 'simulated', done: simulation.done });
        };
        const look = () => {
          // A move waiting for frames shows the frame it left; once done, the same as the full run.
          if (progressive.pending) return;
          expect(progressive.index).toBe(full.index);
          expect(shown(progressive).frames[progressive.index]).toEqual(whole.frames[full.index]);
          expect(progressive.message).toBe(full.message);
          expect(progressive.mode).toEqual(full.mode);
          lookAtSummaries();
        };
        // What the views that summarise the run show: equal to the full run's, or saying
        // plainly that the run is not whole yet, never a whole-run figure of part of it.
        const lookAtSummaries = () => {
          const growing = progressive.simulating;
          const now = simulation.timeline;
          const label = stepLabel(say, progressive.index, now.frames.length, growing);
          if (growing) expect(label).toBe(`${full.index + 1}/${now.frames.length}+ simulating…`);
          else expect(label).toBe(stepLabel(say, full.index, whole.frames.length, false));
          for (const width of [7, 40, 97]) {
            const lanes = strip(now, width, growing).lanes;
            const wholeLanes = strip(whole, width, false).lanes;
            expect(lanes.length).toBe(wholeLanes.length);
            lanes.forEach((lane, i) => expect(lane).toEqual(wholeLanes[i]!.slice(0, lane.length)));
          }
          expect(questionsAt(now.frames, scenario.questions, progressive.index)).toEqual(
            questionsAt(whole.frames, scenario.questions, full.index),
          );
          if (progressive.mode.kind !== 'debrief' || full.mode.kind !== 'debrief') return;
          const until = progressive.mode.whole ? null : progressive.index;
          const shownText = debriefText(now, until, growing, say);
          if (growing && until === null) expect(shownText).toEqual([say.words.progress.debriefWaiting]);
          else expect(shownText).toEqual(debriefText(whole, full.mode.whole ? null : full.index, false, say));
        };
        const say = speakerFor(scenario, 'en');
        for (const [actions, before] of script) {
          if (before > 0) slice(before);
          look();
          for (const a of actions) {
            full = reduce(full, a);
            progressive = reduce(progressive, a);
          }
          // The user waits for the move to be done, as the screen does.
          while (progressive.pending) slice(3);
          look();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('shows a what-if asked for while history is simulated once history is whole, as the full run shows it', () => {
    const scenario = march2019();
    const whole = simulate(scenario);
    const simulation = startSimulation(scenario);
    simulation.advance(3);
    const pick: Action[] = [
      { type: 'step', dir: 1 },
      { type: 'open', mode: 'what-if' },
      { type: 'type', text: '1' },
    ];
    const full = [...pick, { type: 'confirm' } as const].reduce(reduce, initialState(whole));
    let progressive = [...pick, { type: 'confirm' } as const].reduce(
      reduce,
      initialState(simulation.timeline, { simulating: true }),
    );
    expect(full.branch).not.toBeNull();
    // No comparison with a history not simulated yet: the what-if waits, and says so.
    expect(progressive.branch).toBeNull();
    expect(progressive.message).toBe(speakerFor(scenario, 'en').words.progress.whatIfWaiting);
    while (!simulation.done) {
      simulation.advance(2);
      progressive = reduce(progressive, { type: 'simulated', done: simulation.done });
    }
    expect(progressive.branch!.frames).toEqual(full.branch!.frames);
    expect(progressive.index).toBe(full.index);
    expect(progressive.message).toBe(full.message);
  });
});
