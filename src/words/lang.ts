/** The languages every face of the tool can speak. English is the default. */
export const LANGS = ['en', 'ko'] as const;
export type Lang = (typeof LANGS)[number];

export const isLang = (text: string): text is Lang => (LANGS as readonly string[]).includes(text);

/**
 * The language to speak: `--lang` when given, else the locale (LC_ALL, then LC_MESSAGES, then
 * LANG, as POSIX orders them); a Korean locale (`ko_KR.UTF-8`, `ko`) means Korean.
 */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return /^ko([_.@-]|$)/i.test(locale) ? 'ko' : 'en';
}

/**
 * What picks the language a scenario is spoken about: `given` (`--lang`) when set, else the
 * file's own `lang:` once it is read, else `locale`.
 */
export interface LangChoice {
  given: Lang | undefined;
  locale: Lang;
}

/** One language, whatever a file's `lang:` says. */
export const fixedLang = (lang: Lang): LangChoice => ({ given: lang, locale: lang });

/** The language to speak before any scenario is read. */
export const langBefore = (choice: LangChoice): Lang => choice.given ?? choice.locale;

/** The language to speak about a file whose `lang:` reads `written` (anything, as read; undefined for none). */
export const langOfFile = (choice: LangChoice, written: unknown): Lang =>
  choice.given ?? (typeof written === 'string' && isLang(written) ? written : choice.locale);
