import { formatProblems, openScenario } from '../session/open.js';
import { wordsFor } from '../words/index.js';
import { defineCommand } from './define.js';
import { LANG_HELP } from './lang-option.js';

const HELP = `Usage: liaison-sim validate [--lang en|ko] <file...>

Checks scenario files (or bundled scenario ids): the format, the names they use, and a full
simulated run. Prints "file: ok" or every problem as file:line:col: message. Warnings
(a question no step will show) go to stderr as file:line:col: warning: ... and do not fail.
Exit codes: 0 all files are fine, 2 a file has problems (or bad usage).

${LANG_HELP}
  -h, --help   show this help
`;

export const command = defineCommand({
  name: 'validate',
  summary: 'check scenario files',
  usage: '<file...>',
  help: HELP,
  options: {},
  positionals: { min: 1, max: Infinity, wrong: (lang) => wordsFor(lang).validate.noFile },
  lang: true,
  async run({ positionals, lang }, { stdout, stderr }) {
    const words = wordsFor(lang).validate;
    let failed = false;
    for (const file of positionals) {
      const result = openScenario(file, lang);
      if (result.ok) {
        const { events, channels } = result.scenario;
        // Warnings do not fail the file: they go to stderr, and the file still validates.
        if (result.warnings.length > 0) stderr.write(formatProblems(result.warnings, lang));
        stdout.write(`${words.ok(file, events.length, channels.length)}\n`);
      } else {
        failed = true;
        stderr.write(formatProblems(result.problems, lang));
      }
    }
    return failed ? 2 : 0;
  },
});
