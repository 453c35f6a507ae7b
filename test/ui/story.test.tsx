import { afterEach, describe, expect, it } from 'vitest';
import { simulate } from '../../src/timeline/simulate.js';
import { scriptedUpTo } from '../../src/timeline/scriptedIndex.js';
import { Story } from '../../src/ui/Story.js';
import { LangContext } from '../../src/ui/use-words.js';
import type { Lang } from '../../src/words/lang.js';
import { event, kst, march2019 } from '../support/scenarios.js';
import { renderAt, type Rendered } from './render-at.js';

let ui: Rendered | null = null;
afterEach(() => {
  ui?.instance.unmount();
  ui = null;
});

/** The story panel of a run from `start` to the end of 2022 with events at `times`. */
async function storyOf(start: string, times: string[], lang: Lang): Promise<string> {
  const scenario = {
    ...march2019(times.map((at) => event({ at: kst(at), side: 'north', narrate: 'The North acts.' }))),
    start: kst(start),
    end: kst('2022-12-31T18:00'),
  };
  const { frames } = simulate(scenario);
  const events = scriptedUpTo(frames, frames.length - 1, 4);
  ui = await renderAt(
    <LangContext.Provider value={lang}>
      <Story scenario={scenario} events={events} index={frames.length - 1} width={100} height={4} />
    </LangContext.Provider>,
    100,
    8,
  );
  return ui.lastFrame();
}

describe('the story so far', () => {
  it('dates each line with its year when the run spans more than one year', async () => {
    // Mon 4 Oct 2021 and Tue 4 Oct 2022: without the year they read as one day misnamed.
    const screen = await storyOf('2021-10-01T08:00', ['2021-10-04T09:00', '2022-10-04T09:00'], 'en');
    expect(screen).toContain('Mon 4 Oct 2021 09:00');
    expect(screen).toContain('Tue 4 Oct 2022 09:00');
  });

  it('in Korean too', async () => {
    const screen = await storyOf('2021-10-01T08:00', ['2021-10-04T09:00', '2022-10-04T09:00'], 'ko');
    expect(screen).toContain('2021년 10월 4일 (월) 09:00');
    expect(screen).toContain('2022년 10월 4일 (화) 09:00');
  });

  it('leaves the year out within one year', async () => {
    const screen = await storyOf('2022-01-01T08:00', ['2022-03-07T09:00', '2022-10-04T09:00'], 'en');
    expect(screen).toContain('Mon 7 Mar 09:00');
    expect(screen).toContain('Tue 4 Oct 09:00');
    expect(screen).not.toContain('2022 09:00');
  });
});
