import { checkResult } from '../channels/checkResults.js';
import type { Describer } from '../channels/describe.js';
import type { ChannelSpec, ScenarioEvent } from '../model/scenario.js';
import { formatClock, localTime } from '../time/clock.js';
import { wordsFor } from '../words/index.js';
import type { Lang } from '../words/lang.js';
import type { CheckNote } from './frame.js';
import type { Zone } from '../time/zone.js';

/** "Routine check at 09:00: Liaison line answered.", in a language. */
export function checkNarration(
  notes: readonly CheckNote[],
  channel: (id: string) => string,
  at: number,
  zone: Zone,
  lang: Lang = 'en',
): string {
  const words = wordsFor(lang);
  const parts = notes.map((n) => words.checks.result(channel(n.channel), checkResult(n.outcome, lang).words));
  return words.checks.routine(formatClock(localTime(at, zone).minutes), parts);
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
