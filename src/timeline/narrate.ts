import { checkResult } from '../channels/checkResults.js';
import { formatClock, localTime } from '../time/clock.js';
import { wordsFor } from '../words/index.js';
import type { Lang } from '../words/lang.js';
import type { CheckNote } from './frame.js';
import type { Zone } from '../time/zone.js';

/**
 * "Routine check at 09:00: Liaison line answered.", in a language; each kind names its own
 * routine contact ("Session at 10:00: Military talks held."), one sentence per heading.
 */
export function checkNarration(
  notes: readonly CheckNote[],
  channel: (id: string) => string,
  at: number,
  zone: Zone,
  lang: Lang = 'en',
): string {
  const words = wordsFor(lang);
  const clock = formatClock(localTime(at, zone).minutes);
  const byHeading = new Map<string, string[]>();
  for (const n of notes) {
    const result = checkResult(n.outcome, lang);
    const heading = result.routine ? result.routine(clock) : words.checks.heading(clock);
    byHeading.set(heading, [
      ...(byHeading.get(heading) ?? []),
      words.checks.result(channel(n.channel), result.words),
    ]);
  }
  if (byHeading.size === 0) return words.checks.routine(words.checks.heading(clock), []);
  return [...byHeading].map(([heading, parts]) => words.checks.routine(heading, parts)).join(' ');
}
