import { growHeapGentlyForFile } from '../io/heapGrowth.js';
import { formatProblems, validateScenario } from '../session/open.js';
import { wordsFor } from '../words/index.js';
import { defineCommand } from './define.js';

export const command = defineCommand({
  name: 'validate',
  summary: (words) => words.validate.summary,
  help: (words) => words.validate.help,
  options: {},
  positionals: { name: 'file', min: 1, max: Infinity, wrong: (words) => words.validate.noFile },
  lang: true,
  async run({ positionals, choice }, { stdout, stderr }) {
    let failed = false;
    for (const file of positionals) {
      growHeapGentlyForFile(file);
      // Each file speaks its own `lang:` unless --lang says otherwise.
      const result = validateScenario(file, choice);
      const { lang } = result;
      const words = wordsFor(lang).validate;
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
