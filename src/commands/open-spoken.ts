import type { Scenario } from '../model/scenario.js';
import type { Problem } from '../session/open.js';
import type { Lang } from '../words/lang.js';
import { langBefore, langFor, type LangChoice } from './lang-option.js';

/** What opening a scenario gives: it and its warnings, or its problems. */
type Result = { ok: true; scenario: Scenario; warnings: Problem[] } | { ok: false; problems: Problem[] };

/**
 * Opens a scenario (with `open`: openScenario, or validate's checkScenario) and picks the
 * language `choice` gives it. A file's problems are said before its `lang:` can be read (in
 * `--lang` or the locale's language). `wordedAgain` is the opening done again in the file's
 * own language when that differs and there are warnings to word: only a command that prints
 * warnings asks for it, as the run is the same in every language.
 */
export function openSpoken<R extends Result>(
  arg: string,
  choice: LangChoice,
  open: (arg: string, lang: Lang) => R,
): { opened: R; lang: Lang; wordedAgain: () => R } {
  const first = langBefore(choice);
  const opened = open(arg, first);
  const same = () => opened;
  if (!opened.ok) return { opened, lang: first, wordedAgain: same };
  const lang = langFor(choice, opened.scenario);
  const again = lang === first || opened.warnings.length === 0 ? same : () => open(arg, lang);
  return { opened, lang, wordedAgain: again };
}
