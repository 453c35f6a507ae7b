import type { Scenario } from '../model/scenario.js';
import type { Problem } from '../session/open.js';
import type { Lang } from '../words/lang.js';
import { langBefore, langFor, type LangChoice } from './lang-option.js';

/** What opening a scenario gives: it and its warnings, or its problems. */
type Result = { ok: true; scenario: Scenario; warnings: Problem[] } | { ok: false; problems: Problem[] };

/**
 * Opens a scenario (with `open`: openScenario, or validate's checkScenario) and says what is
 * wrong with it in the language `choice` picks. A file's problems are said before its
 * `lang:` can be read (in `--lang` or the locale's language); a file that loads with warnings
 * in another language than its own is read again to word them.
 */
export function openSpoken<R extends Result>(
  arg: string,
  choice: LangChoice,
  open: (arg: string, lang: Lang) => R,
): { opened: R; lang: Lang } {
  const first = langBefore(choice);
  const opened = open(arg, first);
  if (!opened.ok) return { opened, lang: first };
  const lang = langFor(choice, opened.scenario);
  // Only the warnings are words; the timeline is the same in every language.
  if (lang === first || opened.warnings.length === 0) return { opened, lang };
  return { opened: open(arg, lang), lang };
}
