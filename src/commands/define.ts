/**
 * One way to declare a command: its options, help text and positionals, and the work it
 * hands off to. The helper does what every command needs the same way: strict parsing,
 * `--help` / `-h`, the unknown-option message with a guess (arg-error.ts), `--lang` where a
 * command speaks words, and exit code 2 with "Try: liaison-sim X --help" on bad usage.
 */
import { parseArgs } from 'node:util';
import { wordsFor, type Words } from '../words/index.js';
import { isLang, langFromEnv, type Lang } from '../words/lang.js';
import { argErrorText, type OptionSpec } from './arg-error.js';
import type { CommandIo } from './io.js';
import { LANG_OPTION, langBefore, pickLang, type LangChoice } from './lang-option.js';

type Options = Record<string, OptionSpec>;

/** The options as parseArgs sees them: the command's own, `--help`, and `--lang` if it speaks. */
type AllOptions<O extends Options> = O & { help: { type: 'boolean'; short: 'h' } } & typeof LANG_OPTION;

/** The parsed values of a command's own options (`--help` and `--lang` are handled here). */
export type Values<O extends Options> = Omit<
  ReturnType<typeof parseArgs<{ options: AllOptions<O>; allowPositionals: true; strict: true }>>['values'],
  'help' | 'lang'
>;

export interface Invocation<O extends Options> {
  values: Values<O>;
  positionals: string[];
  /** From `--lang` or the locale; English for a command that declares no `lang`. */
  lang: Lang;
  /** What picks the language once a scenario is read: `--lang`, else its `lang:`, else the locale. */
  choice: LangChoice;
  /** Reports a mistake on the command line the way the helper does, and gives exit code 2. */
  usageError: (message: string) => number;
}

export interface CommandDefinition<O extends Options> {
  /** The word after `liaison-sim`. */
  name: string;
  /** What the command does, in a few words, for the overall usage (from the wording layer). */
  summary: (words: Words['cli']) => string;
  /** Its arguments in short, after the name, for the overall usage. */
  usage: string;
  /** The whole `--help` text (from the wording layer). */
  help: (words: Words['cli']) => string;
  options: O;
  /** The scenarios or files it takes; none when left out. `wrong` says how many belong. */
  positionals?: { min: number; max: number; wrong: (words: Words) => string };
  /** Takes `--lang en|ko`. */
  lang?: boolean;
  run: (invocation: Invocation<O>, io: CommandIo) => Promise<number>;
}

export interface Command {
  name: string;
  summary: (lang: Lang) => string;
  usage: string;
  lang: boolean;
  /**
   * Parses `args`, then runs; resolves to the exit code. `lead`: a `--lang` given before the
   * command, which speaks unless `args` give another.
   */
  main: (args: string[], io: CommandIo, lead?: Lang) => Promise<number>;
}

const ENGLISH = { ok: true, choice: { given: 'en', locale: 'en' } } as const;

/** The `--lang` of a command line strict parsing refused, read leniently; undefined if none or unknown. */
function langDespiteMistake(args: string[], options: Options): Lang | undefined {
  const { lang } = parseArgs({ args, options, allowPositionals: true, strict: false }).values;
  return typeof lang === 'string' && isLang(lang) ? lang : undefined;
}

export function defineCommand<O extends Options>(definition: CommandDefinition<O>): Command {
  const { name, summary, usage, help, positionals, lang = false, run } = definition;
  const options = {
    ...definition.options,
    help: { type: 'boolean', short: 'h' },
    ...(lang ? LANG_OPTION : {}),
  } as AllOptions<O>;
  return {
    name,
    summary: (language) => summary(wordsFor(language).cli),
    usage,
    lang,
    async main(args, io, lead) {
      // Until `--lang` is read, the one before the command, else the locale's language.
      let speaking = lead ?? langFromEnv(io.env);
      const usageError = (message: string) => {
        io.stderr.write(`liaison-sim ${name}: ${message}\n${wordsFor(speaking).cli.tryHelp(name)}\n`);
        return 2;
      };
      let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
      try {
        parsed = parseArgs({ args, options, allowPositionals: positionals !== undefined, strict: true });
      } catch (error) {
        // The mistake is said in the `--lang` the line gives, if it gives a good one.
        if (lang) speaking = langDespiteMistake(args, options) ?? speaking;
        return usageError(argErrorText(error, options, wordsFor(speaking).cli.options));
      }
      const { help: wantsHelp, lang: langValue, ...values } = parsed.values;
      // A command that speaks words speaks `--lang` or the locale; its help, like any other's,
      // follows the locale when `--lang` is not given.
      const picked = lang ? pickLang((langValue as string | undefined) ?? lead, io.env) : ENGLISH;
      if (!picked.ok) return usageError(picked.message);
      const before = langBefore(picked.choice);
      if (lang) speaking = before;
      if (wantsHelp) {
        io.stdout.write(help(wordsFor(speaking).cli));
        return 0;
      }
      const given = parsed.positionals;
      if (positionals && (given.length < positionals.min || given.length > positionals.max)) {
        return usageError(positionals.wrong(wordsFor(before)));
      }
      return run(
        {
          values: values as unknown as Values<O>,
          positionals: given,
          lang: before,
          choice: picked.choice,
          usageError,
        },
        io,
      );
    },
  };
}
