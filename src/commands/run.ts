import { parseArgs } from 'node:util';
import { momentReport, writeRunReport } from '../report/json.js';
import { frameAt, runOutcome } from '../report/outcome.js';
import { formatProblem, openScenario } from '../session/open.js';
import { argErrorText } from './arg-error.js';
import { LANG_HELP, LANG_OPTION, pickLang } from './lang-option.js';
import { quote } from '../text/sanitize.js';
import { parseMoment } from '../time/clock.js';
import { placeMoment } from '../timeline/frameAt.js';
import { wordsFor } from '../words/index.js';
import { sayMomentPlace } from '../words/moment.js';

const HELP = `Usage: liaison-sim run <scenario> [--json] [--at <time>] [--answers] [--lang en|ko]

Runs a scenario (a .yaml file or a bundled id) from start to end and prints every step,
the class questions at their steps, the expectations it checks and a summary.

  --json       print one JSON object instead of text (with --at: just that moment's frame)
  --at <time>  print only how the channels stand at that moment: 2019-03-22,
               "2019-03-22 12:00" (at the scenario's own UTC offset) or 2019-03-22T12:00+09:00
  --answers    print each question's answer under it (the JSON always has them, apart)
${LANG_HELP}
  -h, --help   show this help

Exit codes: 0 success, 1 an expectation in the scenario failed, 2 bad input or usage.
`;

/** The text face is loaded only when asked for: the JSON one needs none of its code. */
const textReport = () => import('../report/text.js');

function usageError(message: string): number {
  process.stderr.write(`liaison-sim run: ${message}\nTry: liaison-sim run --help\n`);
  return 2;
}

export async function run(args: string[]): Promise<number> {
  let parsed: {
    values: { json?: boolean; at?: string; answers?: boolean; help?: boolean; lang?: string };
    positionals: string[];
  };
  const options = {
    json: { type: 'boolean' },
    at: { type: 'string' },
    answers: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    ...LANG_OPTION,
  } as const;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    return usageError(argErrorText(error, options));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length !== 1) return usageError('name exactly one scenario (a file or a bundled id)');
  const picked = pickLang(values.lang);
  if (!picked.ok) return usageError(picked.message);
  const { lang } = picked;

  const loaded = openScenario(positionals[0]!);
  if (!loaded.ok) {
    process.stderr.write(`${loaded.problems.map(formatProblem).join('\n')}\n`);
    return 2;
  }
  const { timeline, scenario } = loaded;
  const answers = values.answers ?? false;
  const at = values.at === undefined ? undefined : parseMoment(values.at, scenario.zone);
  if (at === null)
    return usageError(
      `--at ${quote(values.at)} is not a time: write e.g. 2019-03-22, "2019-03-22 12:00" (read at the scenario's offset) or 2019-03-22T12:00+09:00`,
    );
  const place = at === undefined ? undefined : placeMoment(timeline.frames, at);
  if (at !== undefined && place?.kind === 'before-start') {
    const said = sayMomentPlace(wordsFor('en'), place, at, timeline.frames, scenario.zone);
    process.stderr.write(`liaison-sim run: --at ${quote(values.at)}: ${said}\n`);
    return 2;
  }

  if (at !== undefined) {
    // A single moment: how things stand, not whether the whole run met its expectations.
    if (values.json) {
      const report = momentReport(
        timeline,
        { at, asked: values.at! },
        place?.kind,
        frameAt(timeline, at).index,
      );
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } else process.stdout.write((await textReport()).formatRunText(timeline, { at, answers, lang }));
    return 0;
  }
  if (values.json) await writeRunReport(process.stdout, timeline);
  else process.stdout.write((await textReport()).formatRunText(timeline, { answers, lang }));
  return runOutcome(timeline).failed > 0 ? 1 : 0;
}
