import { checkResult } from '../channels/checkResults.js';
import type { Describer } from '../channels/describe.js';
import type { ChannelSpec, ScenarioEvent } from '../model/scenario.js';
import { formatClock, localTime } from '../time/clock.js';
import type { CheckNote } from './frame.js';
import type { Zone } from '../time/zone.js';

export function checkNarration(
  notes: CheckNote[],
  channels: ReadonlyMap<string, ChannelSpec>,
  at: number,
  zone: Zone,
): string {
  const parts = notes.map(
    (n) => `${channels.get(n.channel)?.name ?? n.channel} ${checkResult(n.outcome).words}`,
  );
  return `Routine check at ${formatClock(localTime(at, zone).minutes)}: ${parts.join('; ')}.`;
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
