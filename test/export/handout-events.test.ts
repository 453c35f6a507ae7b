import { describe, expect, it } from 'vitest';
import { htmlHandout } from '../../src/export/html.js';
import { markdownHandout } from '../../src/export/markdown.js';
import { ALL_EVENTS } from '../../src/scenario/schema.js';
import { simulate } from '../../src/timeline/simulate.js';
import type { Lang } from '../../src/words/lang.js';
import { withIntermediary } from '../support/intermediary.js';

/** Every event of the week, with no narration of its own: the handout must still read as prose. */
function unnarrated() {
  const scenario = withIntermediary();
  scenario.events = scenario.events.map((e) => ({ ...e, narrate: '' }));
  return simulate(scenario);
}

// How the machine summary writes an event: "North: stop-answering (Liaison line)".
const verbs = new RegExp(`: (${ALL_EVENTS.join('|')})( \\d+)? \\(`);

describe('handout events without narration', () => {
  const timeline = unnarrated();
  it.each<[string, Lang]>([
    ['md', 'en'],
    ['md', 'ko'],
    ['html', 'en'],
    ['html', 'ko'],
  ])('%s in %s lists each in plain language, never as the file writes it', (format, lang) => {
    const options = { answers: true, ref: 'week.yaml', lang };
    const page = format === 'md' ? markdownHandout(timeline, options) : htmlHandout(timeline, options);
    const list =
      format === 'md'
        ? page.split('\n').filter((l) => /^\d+\. \*\*/.test(l))
        : page.slice(page.indexOf('<ol class="events">')).match(/<li>.*?<\/li>/g)!;
    expect(list.length).toBeGreaterThan(3);
    for (const item of list) expect(item).not.toMatch(verbs);
  });
});
