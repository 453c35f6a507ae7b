import { bundledScenarios, DEFAULT_SCENARIO_ID } from '../scenario/bundled.js';
import { defineCommand } from './define.js';

const HELP = `Usage: liaison-sim list

Lists the bundled scenarios: their id (what run, play and export accept), title and summary.
`;

export const command = defineCommand({
  name: 'list',
  summary: 'the bundled scenarios',
  usage: '',
  help: HELP,
  options: {},
  async run(_, { stdout }) {
    const scenarios = bundledScenarios();
    if (scenarios.length === 0) {
      stdout.write('No bundled scenarios found.\n');
      return 0;
    }
    const width = Math.max(...scenarios.map((s) => s.id.length));
    const lines = scenarios.flatMap((s) => [
      `${s.id.padEnd(width)}  ${s.title}${s.id === DEFAULT_SCENARIO_ID ? ' (default)' : ''}`,
      ...(s.summary ? [`${' '.repeat(width)}  ${s.summary}`] : []),
    ]);
    stdout.write(`${lines.join('\n')}\n`);
    return 0;
  },
});
