import { scenarioJsonSchemaText } from '../scenario/schema.js';
import { defineCommand } from './define.js';

export const command = defineCommand({
  name: 'schema',
  summary: (words) => words.schema.summary,
  help: (words) => words.schema.help,
  options: {},
  async run(_, { stdout }) {
    stdout.write(scenarioJsonSchemaText());
    return 0;
  },
});
