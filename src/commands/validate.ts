import { formatProblem, openScenario } from '../session/open.js';
import { en } from '../words/en.js';
import { defineCommand } from './define.js';

const HELP = `Usage: liaison-sim validate <file...>

Checks scenario files (or bundled scenario ids): the format, the names they use, and a full
simulated run. Prints "file: ok" or every problem as file:line:col: message. Warnings
(a question no step will show) go to stderr as file:line:col: warning: ... and do not fail.
Exit codes: 0 all files are fine, 2 a file has problems (or bad usage).
`;

export const command = defineCommand({
  name: 'validate',
  summary: 'check scenario files',
  usage: '<file...>',
  help: HELP,
  options: {},
  positionals: { min: 1, max: Infinity, wrong: en.validate.noFile },
  async run({ positionals }, { stdout, stderr }) {
    let failed = false;
    for (const file of positionals) {
      const result = openScenario(file);
      if (result.ok) {
        const { events, channels } = result.scenario;
        // Warnings do not fail the file: they go to stderr, and the file still validates.
        if (result.warnings.length > 0) stderr.write(`${result.warnings.map(formatProblem).join('\n')}\n`);
        stdout.write(`${en.validate.ok(file, events.length, channels.length)}\n`);
      } else {
        failed = true;
        stderr.write(`${result.problems.map(formatProblem).join('\n')}\n`);
      }
    }
    return failed ? 2 : 0;
  },
});
