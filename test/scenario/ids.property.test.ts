import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, renderExport } from '../../src/export/exportScenario.js';
import { runReport } from '../../src/report/json.js';
import { formatRunText } from '../../src/report/text.js';
import { KEY_PATTERN } from '../../src/scenario/schema.js';
import { scenarioToYaml } from '../../src/scenario/write.js';
import { branchWhatIf, whatIfOptions } from '../../src/session/branch.js';
import { formatProblem, openScenarioText } from '../../src/session/open.js';
import { branchScenario } from '../../src/timeline/branchScenario.js';

/** Names that a plain-object lookup would find on Object.prototype. */
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).filter((name) => KEY_PATTERN.test(name));
const RESERVED = new Set(['both', 'nature']);

/** Every string the id pattern accepts, with the prototype's names often among them. */
const anyId = fc.oneof(
  fc.constantFrom(...PROTOTYPE_NAMES),
  fc.stringMatching(KEY_PATTERN, { maxLength: 12 }),
);
const fourIds = fc
  .uniqueArray(anyId, { minLength: 4, maxLength: 4 })
  .filter((ids) => !ids.some((id) => RESERVED.has(id)));

const q = (text: string) => JSON.stringify(text);

function scenarioText([p1, p2, c1, c2]: string[]): string {
  return [
    'id: ids',
    'title: Ids',
    'start: 2019-03-21T08:00+09:00',
    'end: 2019-03-23T18:00+09:00',
    `parties: { ${q(p1!)}: { name: First }, ${q(p2!)}: { name: Second } }`,
    'channels:',
    `  ${q(c1!)}: { kind: hotline, name: Line, checks: { at: ['09:00'], days: daily } }`,
    `  ${q(c2!)}: { kind: liaison-office, name: Office, staff: { ${q(p1!)}: 3, ${q(p2!)}: 2 } }`,
    'events:',
    `  - { at: 2019-03-22T10:00+09:00, side: ${q(p2!)}, channel: ${q(c1!)}, do: break, expect: { ${q(c1!)}: closed, ${q(c2!)}: open } }`,
    `  - { at: 2019-03-22T11:00+09:00, side: ${q(p1!)}, channel: ${q(c2!)}, do: reduce-staff, count: 1, expect: { ${q(c2!)}: degraded } }`,
  ].join('\n');
}

const RUNS = process.env['FUZZ'] ? 2000 : 60;

describe('any id the pattern accepts', () => {
  it('includes the names of Object.prototype members', () => {
    expect(PROTOTYPE_NAMES).toEqual(
      expect.arrayContaining(['constructor', 'toString', 'valueOf', 'hasOwnProperty']),
    );
  });

  it(
    'works as a party id, a channel id and an expectation key: validate, run --json, exports, a saved what-if',
    { timeout: 600_000 },
    () => {
      fc.assert(
        fc.property(fourIds, (ids) => {
          const [p1, p2, c1, c2] = ids as [string, string, string, string];
          const opened = openScenarioText(scenarioText(ids), 'ids.yaml');
          if (!opened.ok) throw new Error(opened.problems.map((p) => formatProblem(p)).join('\n'));
          const { timeline } = opened;
          // The file's order, integer-like ids too (an object would put those first).
          expect(timeline.scenario.parties.map((p) => p.id)).toEqual([p1, p2]);
          expect(timeline.scenario.channels.map((c) => c.id)).toEqual([c1, c2]);

          const report = runReport(timeline);
          expect(report.expectations).toMatchObject({ passed: 3, failed: 0 });
          expect(report.summary.end.channels[c1]?.status).toBe('closed');
          expect(report.summary.end.channels[c2]?.status).toBe('degraded');
          const office = report.debrief.channels.find((c) => c.id === c1)!;
          expect(office.cuts).toEqual({ total: 1, by: { [p2]: 1 } });

          const faces = [
            formatRunText(timeline),
            JSON.stringify(report),
            ...EXPORT_FORMATS.map((f) => renderExport(timeline, f)),
          ];
          for (const face of faces) expect(face).not.toMatch(/native code|\[object |undefined|NaN/);

          // Saved as it is, and as a what-if branch: both load back.
          const again = openScenarioText(scenarioToYaml(timeline.scenario), 'saved.yaml');
          expect(again.ok && again.scenario).toEqual(timeline.scenario);
          const index = timeline.frames.findIndex((f) => f.kind === 'checks');
          const whatIf = whatIfOptions(timeline, index, c2)[0]!;
          const saved = scenarioToYaml(branchScenario(branchWhatIf(timeline, index, whatIf), 1));
          const branch = openScenarioText(saved, 'what-if.yaml');
          if (!branch.ok) throw new Error(branch.problems.map((p) => formatProblem(p)).join('\n'));
          expect(branch.scenario.channels.map((c) => c.id).sort()).toEqual([c1, c2].sort());
        }),
        { numRuns: RUNS },
      );
    },
  );
});
