import { scenarioJsonSchemaText } from '../scenario/schema.js';
import { defineCommand } from './define.js';

const HELP = `Usage: liaison-sim schema

Prints the JSON Schema of scenario files (draft-07), the same as scenarios/scenario.schema.json.
Editors use it to check scenario files as you type: put this line at the top of a file:
  # yaml-language-server: $schema=./scenario.schema.json
`;

export const command = defineCommand({
  name: 'schema',
  summary: 'print the JSON Schema of scenario files',
  usage: '',
  help: HELP,
  options: {},
  async run(_, { stdout }) {
    stdout.write(scenarioJsonSchemaText());
    return 0;
  },
});
