import { describerFor } from '../channels/describe.js';
import { kindOf, whatIfPhrase } from '../channels/registry.js';
import type { Scenario } from '../model/scenario.js';
import type { WhatIf } from '../timeline/whatIf.js';
import type { Lang } from '../words/lang.js';

/** "North withdraws its staff" — the picker's words for one what-if, from the channel's kind. */
export function whatIfWords(whatIf: WhatIf, scenario: Scenario, lang: Lang = 'en'): string {
  const spec = scenario.channels.find((c) => c.id === whatIf.channel);
  return whatIfPhrase(lang, spec?.kind ?? '', whatIf, describerFor(scenario, lang));
}

/** Events that need a head count, with its allowed range and a sensible default. */
export function countRange(
  whatIf: WhatIf,
  scenario: Scenario,
): { min: number; max: number; initial: number } | null {
  const spec = scenario.channels.find((c) => c.id === whatIf.channel);
  if (!spec) return null;
  const parties = whatIf.side === 'both' ? spec.between : [whatIf.side];
  // The core suggests the head count (availableWhatIfs); a full return needs none.
  return kindOf(spec.kind).countRange(spec, whatIf.do, parties, whatIf.count);
}
