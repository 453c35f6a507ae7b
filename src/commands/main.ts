import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closest } from '../scenario/suggest.js';
import { quote, visibleOnOneLine } from '../text/sanitize.js';
import { wordsFor } from '../words/index.js';
import { isLang, langBefore, langFromEnv, type Lang } from '../words/lang.js';
import type { Command } from './define.js';
import type { CommandIo } from './io.js';
import { pickLang } from './lang-option.js';
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

/** The overall usage, in `lang`. */
const usage = async (lang: Lang) => usageText(await allCommands(), DEFAULT_COMMAND, lang);

/** Read from package.json wherever the bundle sits (bundled.ts knows how to find it). */
async function version(): Promise<string> {
  const { packageRoot } = await import('../scenario/bundled.js');
  const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

const commandNamed = (name: string) => (Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined);

/** The words that ask for help: as a command (`help run`, `--help run`) and as a topic of `help`. */
const HELP_WORDS = new Set(['help', '-h', '--help']);

const VERSION_WORDS = new Set(['-v', '--version']);

/**
 * The `--lang` options at the start of a command line (`--lang ko` or `--lang=ko`, the last one
 * counting), and the words after them.
 */
function leadingLang(argv: readonly string[]): { given: string | undefined; rest: string[] } {
  let given: string | undefined;
  let i = 0;
  for (; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg.startsWith('--lang=')) given = arg.slice('--lang='.length);
    else if (arg === '--lang' && i + 1 < argv.length) given = argv[(i += 1)]!;
    else break;
  }
  return { given, rest: argv.slice(i) };
}

/**
 * A typo of a command, else a scenario where a command belongs: says which was meant. After
 * `help` the word can only have been meant as a command, so it gets no scenario advice.
 */
async function unknownCommand(name: string, io: CommandIo, lang: Lang, asHelpTopic = false): Promise<number> {
  const words = wordsFor(lang).cli;
  const guess = closest(name, [...Object.keys(COMMANDS), ...(asHelpTopic ? [] : ['help'])]);
  const advice = guess
    ? `; ${words.didYouMean(guess)}`
    : asHelpTopic
      ? ''
      : `; ${words.toStepThrough(`liaison-sim ${DEFAULT_COMMAND} ${visibleOnOneLine(name)}`)}`;
  io.stderr.write(`liaison-sim: ${words.unknownCommand(quote(name))}${advice}\n\n${await usage(lang)}`);
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

/**
 * `help [topic]`, `--help [topic]`: the usage, or the topic's own `--help` with the rest of the
 * line forwarded to it (`help run --lang ko` is `run --help --lang ko`). A `--lang` right after
 * the help word counts as one before it.
 */
async function help(args: readonly string[], io: CommandIo, lead: Lang | undefined): Promise<number> {
  const after = leadingLang(args);
  const picked = pickLang(after.given ?? lead, io.env);
  if (!picked.ok) return mainUsageError(picked.message, io, langFromEnv(io.env));
  const lang = langBefore(picked.choice);
  const [topic, ...more] = after.rest;
  if (topic === undefined || HELP_WORDS.has(topic)) {
    io.stdout.write(await usage(lang));
    return 0;
  }
  const about = commandNamed(topic);
  if (about) return (await about()).command.main(['--help', ...more], io, lang);
  // No command to forward to: a --lang after the word is this message's.
  const trailing = leadingLang(more).given;
  return unknownCommand(topic, io, trailing !== undefined && isLang(trailing) ? trailing : lang, true);
}

/** A mistake before any command: said, with where the usage is, and exit code 2. */
function mainUsageError(message: string, io: CommandIo, lang: Lang): number {
  io.stderr.write(`liaison-sim: ${message}\n${wordsFor(lang).cli.tryUsage}\n`);
  return 2;
}

/** Picks the command and hands the rest of the arguments to it; resolves to the exit code. */
export async function main(argv: string[], io: CommandIo): Promise<number> {
  // A leading --lang is read once, here: it speaks for the usage, for help and for the mistakes
  // said before a command, and it is the command's own unless the command is given another.
  const lead = leadingLang(argv);
  const picked = pickLang(lead.given, io.env);
  if (!picked.ok) return mainUsageError(picked.message, io, langFromEnv(io.env));
  const lang = picked.choice.given;
  const [name = DEFAULT_COMMAND, ...rest] = lead.rest;
  const load = commandNamed(name);
  if (load) return (await load()).command.main(rest, io, lang);
  if (VERSION_WORDS.has(name)) {
    io.stdout.write(`liaison-sim ${await version()}\n`);
    return 0;
  }
  if (HELP_WORDS.has(name)) return help(rest, io, lang);
  if (name.startsWith('-')) {
    // Options written before a command are that command's: `liaison-sim --present play`.
    const at = commandAfterOptions(lead.rest);
    if (at > 0) {
      const { command } = await commandNamed(lead.rest[at]!)!();
      return command.main([...lead.rest.slice(0, at), ...lead.rest.slice(at + 1)], io, lang);
    }
    // Options with no command are the bare command's: `liaison-sim --present`.
    return (await COMMANDS[DEFAULT_COMMAND]!()).command.main(lead.rest, io, lang);
  }
  return unknownCommand(name, io, langBefore(picked.choice));
}
