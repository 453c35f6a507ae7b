import { quote } from '../text/sanitize.js';
import { wordsFor } from '../words/index.js';
import { isLang, langFromEnv, LANGS, type Lang } from '../words/lang.js';

/** The `--lang` option every command that prints words takes. */
export const LANG_OPTION = { lang: { type: 'string' } } as const;

/**
 * What picks the language: `--lang` when given, else the scenario's own `lang:` (once it has
 * loaded), else the locale's.
 */
export interface LangChoice {
  given: Lang | undefined;
  locale: Lang;
}

/** `--lang` when given, else the locale; an unknown language is a usage error, in the locale's language. */
export function pickLang(
  value: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): { ok: true; choice: LangChoice } | { ok: false; message: string } {
  const locale = langFromEnv(env);
  if (value === undefined) return { ok: true, choice: { given: undefined, locale } };
  if (isLang(value)) return { ok: true, choice: { given: value, locale } };
  return { ok: false, message: wordsFor(locale).cli.options.notALanguage(quote(value), LANGS) };
}

/** The language to speak before any scenario is read. */
export const langBefore = (choice: LangChoice): Lang => choice.given ?? choice.locale;

/** The language to speak about `scenario`: `--lang`, else its own `lang:`, else the locale. */
export const langFor = (choice: LangChoice, scenario: { lang?: Lang }): Lang =>
  choice.given ?? scenario.lang ?? choice.locale;
