import { checkResult } from '../channels/checkResults.js';
import type { Describer } from '../channels/describe.js';
import type { ChannelSpec, ScenarioEvent } from '../model/scenario.js';
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

/** "North: withdraw-staff (Joint Liaison Office)", for events without narration of their own. */
export function eventSummary(
  event: Pick<ScenarioEvent, 'side' | 'do' | 'channels' | 'count'>,
  channels: ReadonlyMap<string, ChannelSpec>,
  say: Describer,
): string {
  if (event.do === null) return `${say.actor(event.side)}.`;
  const names = event.channels.map((id) => channels.get(id)?.name ?? id).join(', ');
  const count = event.count === undefined ? '' : ` ${event.count}`;
  return `${say.actor(event.side)}: ${event.do}${count} (${names}).`;
}
