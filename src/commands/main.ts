import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closest } from '../scenario/suggest.js';
import { quote, visibleOnOneLine } from '../text/sanitize.js';

const COMMANDS = ['play', 'run', 'validate', 'list', 'export', 'schema', 'help'];

const USAGE = `liaison-sim: step through the channels between two adversaries

Usage:
  liaison-sim                                   play the default scenario (plain run when not a terminal)
  liaison-sim play [scenario] [--present]       step through a scenario interactively (--present: for a class)
  liaison-sim run <scenario> [--json] [--at T]  the whole run with its expectations
  liaison-sim validate <file...>                check scenario files
  liaison-sim list                              the bundled scenarios
  liaison-sim export <scenario> --format svg|md|html|mermaid [-o file] [--force] [--answers]
  liaison-sim schema                            print the JSON Schema of scenario files

A scenario is a path to a .yaml file or the id of a bundled scenario. play, run and export
speak English or Korean: --lang en|ko, or a Korean locale (LANG=ko_KR.UTF-8).
Exit codes: 0 success, 1 an expectation failed, 2 bad input or usage.
`;

/** Read from package.json wherever the bundle sits (bundled.ts knows how to find it). */
async function version(): Promise<string> {
  const { packageRoot } = await import('../scenario/bundled.js');
  const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/**
 * Picks the command and hands the rest of the arguments to it. Commands are imported
 * lazily so that `run --json` never loads the terminal UI.
 */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
    case 'play':
      return (await import('./play.js')).play(rest);
    case 'run':
      return (await import('./run.js')).run(rest);
    case 'validate':
      return (await import('./validate.js')).validate(rest);
    case 'list':
      return (await import('./list.js')).list(rest);
    case 'export':
      return (await import('./export.js')).exportCommand(rest);
    case 'schema':
      return (await import('./schema.js')).schema(rest);
    case '-h':
    case '--help':
    case 'help':
      process.stdout.write(USAGE);
      return 0;
    case '-v':
    case '--version':
      process.stdout.write(`liaison-sim ${await version()}\n`);
      return 0;
    default: {
      // A typo of a command, else a scenario where a command belongs: say which was meant.
      const guess = closest(command, COMMANDS);
      const advice = guess
        ? `; did you mean ${guess}?`
        : command.startsWith('-')
          ? ''
          : `; to step through a scenario: liaison-sim play ${visibleOnOneLine(command)}`;
      process.stderr.write(`liaison-sim: unknown command ${quote(command)}${advice}\n\n${USAGE}`);
      return 2;
    }
  }
}
