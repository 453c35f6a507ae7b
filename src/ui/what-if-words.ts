import { describerFor } from '../channels/describe.js';
import type { ChannelEventName, Scenario } from '../model/scenario.js';
import type { WhatIf } from '../timeline/whatIf.js';

const VERBS: Record<ChannelEventName, string> = {
  connect: 'connects the line',
  degrade: 'degrades the line',
  repair: 'repairs the line',
  break: 'breaks the line',
  'stop-answering': 'stops answering',
  'resume-answering': 'answers again',
  'stop-calls': 'stops the routine calls',
  'resume-calls': 'resumes the routine calls',
  'check-call': 'places a check call',
  open: 'opens the office',
  suspend: 'suspends the office',
  resume: 'resumes work at the office',
  demolish: 'demolishes the office',
  'send-staff': 'sends staff',
  'reduce-staff': 'reduces its staff',
  'withdraw-staff': 'withdraws its staff',
  consult: 'asks for a consultation',
};

/** "North withdraws its staff" — the picker's words for one what-if. */
export function whatIfWords(whatIf: WhatIf, scenario: Scenario): string {
  const who = describerFor(scenario).actor(whatIf.side);
  const subject = who.charAt(0).toUpperCase() + who.slice(1);
  const verb =
    whatIf.side === 'both' ? VERBS[whatIf.do].replace(/s\b/, '').replace('its', 'their') : VERBS[whatIf.do];
  const count = whatIf.count === undefined ? '' : ` (${whatIf.count})`;
  return `${subject} ${verb}${count}`;
}

/** Events that need a head count, with its allowed range and a sensible default. */
export function countRange(
  whatIf: WhatIf,
  scenario: Scenario,
): { min: number; max: number; initial: number } | null {
  if (whatIf.do !== 'send-staff' && whatIf.do !== 'reduce-staff') return null;
  const spec = scenario.channels.find((c) => c.id === whatIf.channel);
  if (!spec || spec.kind !== 'liaison-office') return null;
  const sides = whatIf.side === 'both' ? spec.between : [whatIf.side];
  const full = Math.min(...sides.map((side) => spec.staff[side] ?? 1));
  // The core suggests the head count (availableWhatIfs); a full return needs none.
  return whatIf.do === 'send-staff'
    ? { min: 1, max: full, initial: whatIf.count ?? full }
    : { min: 1, max: Math.max(1, full - 1), initial: whatIf.count ?? Math.max(1, full - 1) };
}
