import { parseArgs } from 'node:util';
import { DEFAULT_SCENARIO_ID } from '../scenario/bundled.js';
import { formatProblem, openScenario, type Problem } from '../session/open.js';
import { openProgressively } from '../session/progressive.js';
import type { Timeline } from '../timeline/timeline.js';
import { argErrorText } from './arg-error.js';
import { LANG_HELP, LANG_OPTION, pickLang } from './lang-option.js';

const HELP = `Usage: liaison-sim play [scenario] [--present] [--lang en|ko]

Steps through a scenario (a .yaml file or a bundled id; default ${DEFAULT_SCENARIO_ID}) in
the terminal: → ← step, space plays, / jumps to a date, i asks "what if…", ? shows every key.
When input or output is not a terminal it prints the whole run as text instead.

  --present   presenter mode, for a class: the story and questions in full, play stops
              at each question, and nothing on screen shows a later step (p toggles it)
${LANG_HELP}
`;

/** Interactive only when both ends are terminals; decided once, here. */
export const isInteractive = (): boolean => process.stdin.isTTY === true && process.stdout.isTTY === true;

async function importUi() {
  // Ink reads CI at import and then draws only the last frame; a terminal was asked for.
  delete process.env['CI'];
  delete process.env['CONTINUOUS_INTEGRATION'];
  // Ink's layout engine (yoga) loads its WebAssembly with fetch() whenever fetch exists, and
  // the first touch of fetch makes Node 20 load its whole HTTP client (about 70 ms of start-up).
  // Without fetch it decodes the same embedded bytes directly. Restored straight after.
  const fetch = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
  try {
    return await import('../ui/run-ui.js');
  } finally {
    if (fetch) Object.defineProperty(globalThis, 'fetch', fetch);
  }
}

export async function play(args: string[]): Promise<number> {
  const interactive = isInteractive();
  let positionals: string[];
  let present: boolean;
  let langValue: string | undefined;
  const options = {
    help: { type: 'boolean', short: 'h' },
    present: { type: 'boolean' },
    ...LANG_OPTION,
  } as const;
  try {
    const parsed = parseArgs({ args, options, allowPositionals: true });
    if (parsed.values.help) {
      process.stdout.write(HELP);
      return 0;
    }
    positionals = parsed.positionals;
    langValue = parsed.values.lang;
    present = parsed.values.present === true;
  } catch (error) {
    process.stderr.write(`liaison-sim play: ${argErrorText(error, options)}\n${HELP}`);
    return 2;
  }
  if (positionals.length > 1) {
    process.stderr.write(`liaison-sim play: one scenario at a time\n${HELP}`);
    return 2;
  }
  const picked = pickLang(langValue);
  if (!picked.ok) {
    process.stderr.write(`liaison-sim play: ${picked.message}\n`);
    return 2;
  }
  const { lang } = picked;
  // Start loading the screen code (Ink compiles its layout engine asynchronously) while the
  // scenario is read and simulated, so the two overlap.
  const ui = interactive ? importUi() : null;
  ui?.catch(() => undefined); // a failure surfaces where it is awaited below
  const scenario = positionals[0] ?? DEFAULT_SCENARIO_ID;
  const report = (problems: readonly Problem[]) => {
    for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
    return 2;
  };
  if (!interactive) {
    const loaded = openScenario(scenario);
    if (!loaded.ok) return report(loaded.problems);
    const { formatRunText } = await import('../report/text.js');
    process.stdout.write(formatRunText(loaded.timeline, { lang }));
    return 0;
  }
  // The screen shows the start as soon as it is simulated; the rest follows in slices.
  const opened = openProgressively(scenario);
  if (!opened.ok) return report(opened.problems);
  const { feed } = opened;
  const { runUi } = await ui!;
  const save = async (branch: Timeline) =>
    (await import('../ui/save-branch.js')).saveBranch(branch, process.cwd(), lang);
  const code = await runUi(feed.timeline, { save, lang, feed, present });
  feed.stop();
  // A refused event further on makes the file bad input, as it would be for run or validate.
  return feed.problems.length > 0 ? report(feed.problems) : code;
}
