/**
 * One way to declare a command: its options, help text and positionals, and the work it
 * hands off to. The helper does what every command needs the same way: strict parsing,
 * `--help` / `-h`, the unknown-option message with a guess (arg-error.ts), `--lang` where a
 * command speaks words, and exit code 2 with "Try: liaison-sim X --help" on bad usage.
 */
import { parseArgs } from 'node:util';
import { wordsFor, type Words } from '../words/index.js';
import { fixedLang, isLang, langBefore, langFromEnv, type Lang, type LangChoice } from '../words/lang.js';
import { argErrorText, type OptionSpec } from './arg-error.js';
import type { CommandIo } from './io.js';
import { LANG_OPTION, pickLang } from './lang-option.js';

/** An option as the command declares it: how parseArgs reads it, and how its synopsis shows it. */
export interface CommandOption extends OptionSpec {
  /** What follows a string option in the synopsis: `<time>`, `svg|md`. */
  value?: string;
  /** Shown without brackets: the command needs it (or something standing for it). */
  required?: boolean;
  /** Shown by its short name (`-o file`), as most tools write an output option. */
  shownShort?: boolean;
}

type Options = Record<string, CommandOption>;

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
  /** The `--help` text under its synopsis (from the wording layer). */
  help: (words: Words['cli']) => string;
  /** In the order the synopsis lists them. */
  options: O;
  /**
   * The scenarios or files it takes, `name` as the synopsis shows them; none when left out.
   * `wrong` says how many belong.
   */
  positionals?: { name: string; min: number; max: number; wrong: (words: Words) => string };
  /** Takes `--lang en|ko`. */
  lang?: boolean;
  run: (invocation: Invocation<O>, io: CommandIo) => Promise<number>;
}

export interface Command {
  name: string;
  summary: (lang: Lang) => string;
  /**
   * Its arguments after the name, from its definition: every option, `--lang` only when
   * `withLang` (the overall usage says once which commands take it).
   */
  synopsis: (withLang: boolean) => string;
  /** Every option it takes, `--help` and `--lang` included, as parseArgs reads them. */
  options: Readonly<Record<string, OptionSpec>>;
  lang: boolean;
  /**
   * Parses `args`, then runs; resolves to the exit code. `lead`: a `--lang` given before the
   * command, which speaks unless `args` give another.
   */
  main: (args: string[], io: CommandIo, lead?: Lang) => Promise<number>;
}

const ENGLISH = { ok: true, choice: fixedLang('en') } as const;

/** The `--lang` of a command line strict parsing refused, read leniently; undefined if none or unknown. */
function langDespiteMistake(args: string[], options: Options): Lang | undefined {
  const { lang } = parseArgs({ args, options, allowPositionals: true, strict: false }).values;
  return typeof lang === 'string' && isLang(lang) ? lang : undefined;
}

/** How `--lang` shows in a synopsis. */
const LANG_SHOWN: CommandOption = { type: 'string', value: 'en|ko' };

/** `text` after a space, or nothing when empty. */
export const spaced = (text: string) => (text ? ` ${text}` : '');

/** `--at <time>`, `[--json]`, `-o file`: an option as its synopsis writes it. */
function optionShown(long: string, option: CommandOption): string {
  const spelled = option.shownShort && option.short ? `-${option.short}` : `--${long}`;
  const shown = option.type === 'string' ? `${spelled} ${option.value ?? '<value>'}` : spelled;
  return option.required ? shown : `[${shown}]`;
}

/** `<scenario>`, `[scenario]`, `<file...>`: how many it takes, as usages write it. */
function positionalsShown({ name, min, max }: { name: string; min: number; max: number }): string {
  const shown = max > 1 ? `${name}...` : name;
  return min > 0 ? `<${shown}>` : `[${shown}]`;
}

export function defineCommand<O extends Options>(definition: CommandDefinition<O>): Command {
  const { name, summary, help, positionals, lang = false, run } = definition;
  const options = {
    ...definition.options,
    help: { type: 'boolean', short: 'h' },
    ...(lang ? LANG_OPTION : {}),
  } as AllOptions<O>;
  const synopsis = (withLang: boolean) =>
    [
      ...(positionals ? [positionalsShown(positionals)] : []),
      ...Object.entries(definition.options).map(([long, option]) => optionShown(long, option)),
      ...(lang && withLang ? [optionShown('lang', LANG_SHOWN)] : []),
    ].join(' ');
  return {
    name,
    summary: (language) => summary(wordsFor(language).cli),
    synopsis,
    options,
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
        const words = wordsFor(speaking).cli;
        io.stdout.write(
          `${words.usageLine(`liaison-sim ${name}${spaced(synopsis(true))}`)}\n\n${help(words)}`,
        );
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
          choice: picked.choice,
          usageError,
        },
        io,
      );
    },
  };
}
