import { quote } from '../text/sanitize.js';
import { isLang, langFromEnv, LANGS, type Lang } from '../words/lang.js';

/** The `--lang` option every command that prints words takes. */
export const LANG_OPTION = { lang: { type: 'string' } } as const;

/** `--lang` when given, else the locale; an unknown language is a usage error. */
export function pickLang(
  value: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): { ok: true; lang: Lang } | { ok: false; message: string } {
  if (value === undefined) return { ok: true, lang: langFromEnv(env) };
  if (isLang(value)) return { ok: true, lang: value };
  return {
    ok: false,
    message: `--lang ${quote(value)} is not a language this tool speaks; choose ${LANGS.join(' or ')}`,
  };
}
