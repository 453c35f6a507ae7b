import { bundledScenarios, DEFAULT_SCENARIO_ID } from '../scenario/bundled.js';
import { wordsFor } from '../words/index.js';
import { langBefore } from '../words/lang.js';
import { defineCommand } from './define.js';

export const command = defineCommand({
  name: 'list',
  summary: (words) => words.list.summary,
  help: (words) => words.list.help,
  options: {},
  lang: true,
  async run({ choice }, { stdout }) {
    const words = wordsFor(langBefore(choice)).list;
    const scenarios = bundledScenarios();
    if (scenarios.length === 0) {
      stdout.write(`${words.none}\n`);
      return 0;
    }
    const width = Math.max(...scenarios.map((s) => s.id.length));
    const lines = scenarios.flatMap((s) => [
      `${s.id.padEnd(width)}  ${s.title}${s.id === DEFAULT_SCENARIO_ID ? ` ${words.isDefault}` : ''}`,
      ...(s.summary ? [`${' '.repeat(width)}  ${s.summary}`] : []),
    ]);
    stdout.write(`${lines.join('\n')}\n`);
    return 0;
  },
});
