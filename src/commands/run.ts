import { growHeapGentlyForFile } from '../io/heapGrowth.js';
import { momentReport, writeRunReport } from '../report/json.js';
import { frameAt, runOutcome } from '../report/outcome.js';
import { formatProblems, openReported } from '../session/open.js';
import { quote } from '../text/sanitize.js';
import { parseMoment } from '../time/clock.js';
import { placeMoment } from '../timeline/frameAt.js';
import { wordsFor } from '../words/index.js';
import { sayMomentPlace } from '../words/moment.js';
import { defineCommand } from './define.js';

/** The text face is loaded only when asked for: the JSON one needs none of its code. */
const textReport = () => import('../report/text.js');

export const command = defineCommand({
  name: 'run',
  summary: (words) => words.run.summary,
  help: (words) => words.run.help,
  options: {
    json: { type: 'boolean' },
    at: { type: 'string', value: '<time>' },
    answers: { type: 'boolean' },
  },
  positionals: { name: 'scenario', min: 1, max: 1, wrong: (words) => words.cli.run.wrongCount },
  lang: true,
  async run({ values, positionals, choice, usageError }, { stdout, stderr }) {
    growHeapGentlyForFile(positionals[0]!);
    const loaded = openReported(positionals[0]!, choice);
    const { lang } = loaded;
    if (!loaded.ok) {
      stderr.write(formatProblems(loaded.problems, lang));
      return 2;
    }
    const { timeline, scenario } = loaded;
    const answers = values.answers ?? false;
    const at = values.at === undefined ? undefined : parseMoment(values.at, scenario.zone);
    if (at === null) return usageError(wordsFor(lang).cli.run.notATime(quote(values.at)));

    if (at !== undefined) {
      const place = placeMoment(timeline.frames, at, scenario.end);
      // The scenario covers its start to its end (its `end:`, else the day of its last event):
      // a moment outside says nothing about it, on either side. After the last step but before
      // the end, the last step is how things stand.
      if (place.kind === 'before-start' || place.kind === 'past-end') {
        const outside = sayMomentPlace(wordsFor(lang), place, at, timeline.frames, scenario.zone);
        stderr.write(`liaison-sim run: --at ${quote(values.at)}: ${outside}\n`);
        return 2;
      }
      // A single moment: how things stand, not whether the whole run met its expectations.
      if (values.json) {
        const report = momentReport(
          timeline,
          { at, asked: values.at! },
          place.kind,
          frameAt(timeline, at).index,
        );
        stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      } else stdout.write((await textReport()).formatRunText(timeline, { at, answers, lang }));
      return 0;
    }
    if (values.json) await writeRunReport(stdout, timeline);
    else stdout.write((await textReport()).formatRunText(timeline, { answers, lang }));
    return runOutcome(timeline).failed > 0 ? 1 : 0;
  },
});
