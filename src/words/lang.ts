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
