import { quote } from '../text/sanitize.js';
import { wordsFor } from '../words/index.js';
import { isLang, langFromEnv, LANGS, type Lang } from '../words/lang.js';

/** The `--lang` option every command that prints words takes. */
export const LANG_OPTION = { lang: { type: 'string' } } as const;

/** `--lang` when given, else the locale; an unknown language is a usage error, in the locale's language. */
export function pickLang(
  value: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): { ok: true; lang: Lang } | { ok: false; message: string } {
  if (value === undefined) return { ok: true, lang: langFromEnv(env) };
  if (isLang(value)) return { ok: true, lang: value };
  return { ok: false, message: wordsFor(langFromEnv(env)).cli.options.notALanguage(quote(value), LANGS) };
}
