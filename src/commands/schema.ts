import { parseArgs } from 'node:util';
import { scenarioJsonSchemaText } from '../scenario/schema.js';
import { argErrorText } from './arg-error.js';

const HELP = `Usage: liaison-sim schema

Prints the JSON Schema of scenario files (draft-07), the same as scenarios/scenario.schema.json.
Editors use it to check scenario files as you type: put this line at the top of a file:
  # yaml-language-server: $schema=./scenario.schema.json
`;

export async function schema(args: string[]): Promise<number> {
  let values: { help?: boolean };
  const options = { help: { type: 'boolean', short: 'h' } } as const;
  try {
    ({ values } = parseArgs({ args, options, strict: true }));
  } catch (error) {
    process.stderr.write(
      `liaison-sim schema: ${argErrorText(error, options)}\nTry: liaison-sim schema --help\n`,
    );
    return 2;
  }
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  process.stdout.write(scenarioJsonSchemaText());
  return 0;
}
