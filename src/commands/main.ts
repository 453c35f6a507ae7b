import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closest } from '../scenario/suggest.js';
import { quote, visibleOnOneLine } from '../text/sanitize.js';
import { wordsFor } from '../words/index.js';
import { langFromEnv } from '../words/lang.js';
import type { Command } from './define.js';
import type { CommandIo } from './io.js';
import { usageText } from './usage.js';

/**
 * Every command, loaded only when it runs, so that `run --json` never loads the terminal UI
 * (nor export's renderers). The overall usage loads them all: it is built from their
 * definitions.
 */
const COMMANDS: Record<string, () => Promise<{ command: Command }>> = {
  play: () => import('./play.js'),
  run: () => import('./run.js'),
  validate: () => import('./validate.js'),
  list: () => import('./list.js'),
  export: () => import('./export.js'),
  schema: () => import('./schema.js'),
};

/** The command a bare `liaison-sim` runs. */
const DEFAULT_COMMAND = 'play';

/** Every command's definition, in the order the usage lists them. */
export const allCommands = async (): Promise<Command[]> =>
  Promise.all(Object.values(COMMANDS).map(async (load) => (await load()).command));

/** The overall usage, in the locale's language. */
const usage = async (io: CommandIo) => usageText(await allCommands(), DEFAULT_COMMAND, langFromEnv(io.env));

/** Read from package.json wherever the bundle sits (bundled.ts knows how to find it). */
async function version(): Promise<string> {
  const { packageRoot } = await import('../scenario/bundled.js');
  const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

const commandNamed = (name: string) => (Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined);

/** The words that ask for the overall usage, as a command and as a topic of `help`. */
const HELP_WORDS = new Set(['help', '-h', '--help']);

/**
 * A typo of a command, else a scenario where a command belongs: says which was meant. After
 * `help` the word can only have been meant as a command, so it gets no scenario advice.
 */
async function unknownCommand(name: string, io: CommandIo, asHelpTopic = false): Promise<number> {
  const words = wordsFor(langFromEnv(io.env)).cli;
  const guess = closest(name, [...Object.keys(COMMANDS), ...(asHelpTopic ? [] : ['help'])]);
  const advice = guess
    ? `; ${words.didYouMean(guess)}`
    : asHelpTopic
      ? ''
      : `; ${words.toStepThrough(`liaison-sim ${DEFAULT_COMMAND} ${visibleOnOneLine(name)}`)}`;
  io.stderr.write(`liaison-sim: ${words.unknownCommand(quote(name))}${advice}\n\n${await usage(io)}`);
  return 2;
}

/**
 * Where the command is when options come first: the first word that is no option (nor the value
 * of --lang, the one option before a command that takes one) names a command; else -1.
 */
function commandAfterOptions(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--lang') i += 1;
    else if (!arg.startsWith('-')) return commandNamed(arg) ? i : -1;
  }
  return -1;
}

/** Picks the command and hands the rest of the arguments to it; resolves to the exit code. */
export async function main(argv: string[], io: CommandIo): Promise<number> {
  const [name = DEFAULT_COMMAND, ...rest] = argv;
  const load = commandNamed(name);
  if (load) return (await load()).command.main(rest, io);
  if (name === '-v' || name === '--version') {
    io.stdout.write(`liaison-sim ${await version()}\n`);
    return 0;
  }
  // `help run` is `run --help`; `help help` and `help --help` are the usage.
  const [topic] = rest;
  if (name === 'help' && topic !== undefined && !HELP_WORDS.has(topic)) {
    const about = commandNamed(topic);
    return about ? (await about()).command.main(['--help'], io) : unknownCommand(topic, io, true);
  }
  if (HELP_WORDS.has(name)) {
    io.stdout.write(await usage(io));
    return 0;
  }
  if (name.startsWith('-')) {
    // Options written before a command are that command's: `liaison-sim --lang ko list`.
    const at = commandAfterOptions(argv);
    if (at > 0) return main([argv[at]!, ...argv.slice(0, at), ...argv.slice(at + 1)], io);
    // Options with no command are the bare command's: `liaison-sim --present`, `--lang ko`.
    return (await COMMANDS[DEFAULT_COMMAND]!()).command.main(argv, io);
  }
  return unknownCommand(name, io);
}
