import { parseArgs } from 'node:util';
import { bundledScenarios, DEFAULT_SCENARIO_ID } from '../scenario/bundled.js';
import { argErrorText } from './arg-error.js';

const HELP = `Usage: liaison-sim list

Lists the bundled scenarios: their id (what run, play and export accept), title and summary.
`;

export async function list(args: string[]): Promise<number> {
  let values: { help?: boolean };
  const options = { help: { type: 'boolean', short: 'h' } } as const;
  try {
    ({ values } = parseArgs({ args, options, strict: true }));
  } catch (error) {
    process.stderr.write(`liaison-sim list: ${argErrorText(error, options)}\nTry: liaison-sim list --help\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const scenarios = bundledScenarios();
  if (scenarios.length === 0) {
    process.stdout.write('No bundled scenarios found.\n');
    return 0;
  }
  const width = Math.max(...scenarios.map((s) => s.id.length));
  const lines = scenarios.flatMap((s) => [
    `${s.id.padEnd(width)}  ${s.title}${s.id === DEFAULT_SCENARIO_ID ? ' (default)' : ''}`,
    ...(s.summary ? [`${' '.repeat(width)}  ${s.summary}`] : []),
  ]);
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
