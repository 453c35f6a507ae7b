import { quote } from '../text/sanitize.js';
import { wordsFor } from '../words/index.js';
import { isLang, langFromEnv, LANGS, type LangChoice } from '../words/lang.js';

/** The `--lang` option every command that prints words takes. */
export const LANG_OPTION = { lang: { type: 'string' } } as const;

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
