import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/model/scenario.js';
import { formatProblem, openScenarioText } from '../../src/session/open.js';
import { scenarioToYaml } from '../../src/scenario/write.js';
import { cleanStrings } from '../../src/text/sanitize.js';
import { fixedZone } from '../../src/time/zone.js';
import { march2019 } from '../support/scenarios.js';

/** Any text at all (control characters, lone surrogates) in a title, a narration or a source. */
const anyText = fc.string({ unit: 'binary', maxLength: 40 });
const someText = anyText.filter((t) => t.length > 0);

describe('scenarioToYaml on arbitrary text', () => {
  it('round-trips titles, names, narrations, causes and sources, whatever characters they hold (controls made visible)', () => {
    fc.assert(
      fc.property(
        fc.record({
          title: someText,
          summary: fc.option(anyText, { nil: undefined }),
          zone: someText,
          southName: someText,
          channelName: someText,
          narrate: anyText,
          cause: fc.option(someText, { nil: undefined }),
          source: fc.option(someText, { nil: undefined }),
        }),
        (texts) => {
          const base = march2019();
          const scenario: Scenario = {
            ...base,
            title: texts.title,
            ...(texts.summary === undefined ? {} : { summary: texts.summary }),
            zone: fixedZone(540, texts.zone),
            parties: base.parties.map((p) => (p.id === 'south' ? { ...p, name: texts.southName } : p)),
            channels: base.channels.map((c) => (c.id === 'office' ? { ...c, name: texts.channelName } : c)),
            events: base.events.map((e, i) =>
              i === 0
                ? {
                    ...e,
                    narrate: texts.narrate,
                    ...(texts.cause === undefined ? {} : { cause: texts.cause }),
                    ...(texts.source === undefined ? {} : { source: texts.source }),
                  }
                : e,
            ),
          };
          const result = openScenarioText(scenarioToYaml(scenario), 'saved.yaml');
          if (!result.ok) throw new Error(result.problems.map((p) => formatProblem(p)).join('\n'));
          // What comes back is the text as the loader keeps it: controls made visible.
          expect(result.scenario).toEqual(cleanStrings(scenario));
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });
});
