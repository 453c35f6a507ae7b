import { growHeapGentlyForFile } from '../io/heapGrowth.js';
import { DEFAULT_SCENARIO_ID } from '../scenario/bundled.js';
import { formatProblems, openScenario, type Problem } from '../session/open.js';
import { openProgressively } from '../session/progressive.js';
import type { Timeline } from '../timeline/timeline.js';
import { loadUiLibraries } from '../ui/libraries.js';
import { wordsFor } from '../words/index.js';
import { defineCommand } from './define.js';
import type { Lang } from '../words/lang.js';

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
    await loadUiLibraries();
    return await import('../ui/run-ui.js');
  } finally {
    if (fetch) Object.defineProperty(globalThis, 'fetch', fetch);
  }
}

export const command = defineCommand({
  name: 'play',
  summary: (words) => words.play.summary,
  help: (words) => words.play.help(DEFAULT_SCENARIO_ID),
  options: { present: { type: 'boolean' } },
  positionals: { name: 'scenario', min: 0, max: 1, wrong: (words) => words.cli.play.wrongCount },
  lang: true,
  async run({ values, positionals, choice }, { stdout, stderr, isTTY, cwd }) {
    // Start loading the screen code (Ink compiles its layout engine asynchronously) while the
    // scenario is read and its first frame simulated, so the two overlap; the rest is
    // simulated in slices once the screen subscribes (session/progressive.ts).
    const ui = isTTY ? importUi() : null;
    ui?.catch(() => undefined); // a failure surfaces where it is awaited below
    const scenario = positionals[0] ?? DEFAULT_SCENARIO_ID;
    growHeapGentlyForFile(scenario);
    const report = (problems: readonly Problem[], lang: Lang) => {
      stderr.write(formatProblems(problems, lang));
      return 2;
    };
    if (!isTTY) {
      const loaded = openScenario(scenario, choice);
      const { lang } = loaded;
      if (!loaded.ok) return report(loaded.problems, lang);
      // Without a terminal play is a plain run, --present or not (the README's contract);
      // the presenter is told why the class sees no screen, where a pipe does not read it.
      if (values.present) stderr.write(`liaison-sim play: ${wordsFor(lang).cli.play.presentNeedsTerminal}\n`);
      const { formatRunText } = await import('../report/text.js');
      stdout.write(formatRunText(loaded.timeline, { lang }));
      return 0;
    }
    // The screen shows the start as soon as it is simulated; the rest follows in slices. It
    // speaks the file's own `lang:` unless --lang says otherwise, as do the problems found later.
    const opened = openProgressively(scenario, {}, choice);
    const { lang } = opened;
    if (!opened.ok) return report(opened.problems, lang);
    const { feed } = opened;
    const { runUi } = await ui!;
    const save = async (branch: Timeline) =>
      (await import('../ui/save-branch.js')).saveBranch(branch, cwd, lang);
    // The screen is the terminal's own: Ink draws on the process's streams.
    const code = await runUi(feed.timeline, { save, lang, feed, present: values.present === true });
    feed.stop();
    // A refused event further on makes the file bad input, as it would be for run or validate.
    return feed.problems.length > 0 ? report(feed.problems, lang) : code;
  },
});
