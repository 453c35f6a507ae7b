import { endOf } from '../ends.js';
import { NO_HEAD_COUNT, startHistory, takersByRule, type ChannelKindModule } from '../kind.js';
import { relayFile } from './file.js';
import { relayMachine, type RelayInput, type RelaySnapshot } from './machine.js';
import type { RelaySpec } from './spec.js';
import { relayRefusal, relayView, relayWords } from './status.js';
import { en, ko } from './words.js';

const WORDS = { en, ko };

/** A line between two parties that runs through a third: open only while that party relays it. */
export const relay: ChannelKindModule<RelaySpec, RelaySnapshot, typeof relayFile.entry> = {
  kind: 'relay',
  file: relayFile,
  machine: relayMachine,
  events: {
    'stop-relaying': { by: 'party' },
    'resume-relaying': { by: 'party' },
    'stop-using': { by: 'end' },
    'resume-using': { by: 'end' },
    break: { by: 'party', nature: true },
    repair: { by: 'party' },
    'relay-check': { by: 'party', contact: true },
  },
  words: { en, ko },
  route: (spec) => [spec.between[0], spec.via, spec.between[1]],
  takers(spec, event) {
    // Only the relaying party relays; everything else is the ends' (or an accident's).
    if (event === 'stop-relaying' || event === 'resume-relaying') return [spec.via];
    return takersByRule(spec, this.events[event]);
  },
  input: (spec, at): RelayInput => ({
    at,
    via: spec.via,
    relaying: spec.initial.relaying,
    line: spec.initial.line,
    unused: spec.initial.unused.flatMap((party) => endOf(spec, party) ?? []),
    ...startHistory(spec.initial),
  }),
  view: (spec, snapshot, say) => relayView(spec, snapshot, say),
  phrase: relayWords,
  contact: {
    event: 'relay-check',
    reached: { relayed: true, 'relay-down': false, 'relay-no-line': false, 'relay-unused': false },
  },
  contactsMade: () => true,
  ...NO_HEAD_COUNT,
  specWords: (lang, spec, say) => {
    const w = WORDS[lang];
    const via = say.party(spec.via);
    return {
      label: w.label(via),
      start: w.start(
        spec.initial.relaying,
        via,
        spec.initial.line === 'broken',
        spec.initial.unused.map(say.party),
      ),
    };
  },
  refusal: relayRefusal,
};
