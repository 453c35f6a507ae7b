import { parseArgs } from 'node:util';
import { formatProblem, openScenario } from '../session/open.js';
import { en } from '../words/en.js';
import { argErrorText } from './arg-error.js';

const HELP = `Usage: liaison-sim validate <file...>

Checks scenario files (or bundled scenario ids): the format, the names they use, and a full
simulated run. Prints "file: ok" or every problem as file:line:col: message. Warnings
(a question no step will show) go to stderr as file:line:col: warning: ... and do not fail.
Exit codes: 0 all files are fine, 2 a file has problems (or bad usage).
`;

export async function validate(args: string[]): Promise<number> {
  let parsed: { values: { help?: boolean }; positionals: string[] };
  const options = { help: { type: 'boolean', short: 'h' } } as const;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    process.stderr.write(
      `liaison-sim validate: ${argErrorText(error, options)}\nTry: liaison-sim validate --help\n`,
    );
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (parsed.positionals.length === 0) {
    process.stderr.write(`liaison-sim validate: ${en.validate.noFile}\nTry: liaison-sim validate --help\n`);
    return 2;
  }
  let failed = false;
  for (const file of parsed.positionals) {
    const result = openScenario(file);
    if (result.ok) {
      const { events, channels } = result.scenario;
      // Warnings do not fail the file: they go to stderr, and the file still validates.
      if (result.warnings.length > 0)
        process.stderr.write(`${result.warnings.map(formatProblem).join('\n')}\n`);
      process.stdout.write(`${en.validate.ok(file, events.length, channels.length)}\n`);
    } else {
      failed = true;
      process.stderr.write(`${result.problems.map(formatProblem).join('\n')}\n`);
    }
  }
  return failed ? 2 : 0;
}
