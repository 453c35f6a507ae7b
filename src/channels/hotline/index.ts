import { endOf } from '../ends.js';
import { NO_HEAD_COUNT, startHistory, takersByRule, type ChannelKindModule } from '../kind.js';
import { hotlineFile } from './file.js';
import type { HotlineSpec } from '../../model/scenario.js';
import { hotlineMachine, type HotlineInput, type HotlineSnapshot } from './machine.js';
import { hotlineRefusal } from './refusal.js';
import { hotlineView, hotlineWords } from './status.js';
import { en, ko } from './words.js';

const WORDS = { en, ko };

/** A telephone hotline: a physical line, each side's posture, routine check calls. */
export const hotline: ChannelKindModule<HotlineSpec, HotlineSnapshot, typeof hotlineFile.entry> = {
  kind: 'hotline',
  file: hotlineFile,
  route: (spec) => [...spec.between],
  takers(spec, event) {
    return takersByRule(spec, this.events[event]);
  },
  machine: hotlineMachine,
  events: {
    connect: { by: 'party' },
    degrade: { by: 'party', nature: true },
    repair: { by: 'party' },
    break: { by: 'party', nature: true },
    'stop-answering': { by: 'end' },
    'resume-answering': { by: 'end' },
    'stop-calls': { by: 'party' },
    'resume-calls': { by: 'party' },
    'check-call': { by: 'party', contact: true },
  },
  words: { en, ko },
  input: (spec, at): HotlineInput => ({
    at,
    line: spec.initial.line,
    silent: spec.initial.silent.flatMap((party) => endOf(spec, party) ?? []),
    calls: spec.initial.calls,
    ...startHistory(spec.initial),
  }),
  view: (spec, snapshot, say) => hotlineView(spec, snapshot, say),
  phrase: hotlineWords,
  contact: { event: 'check-call', reached: { answered: true, unanswered: false, 'no-line': false } },
  contactsMade: (snapshot) => snapshot.value.calls === 'on',
  ...NO_HEAD_COUNT,
  specWords: (lang, spec, say) => {
    const w = WORDS[lang];
    const line = lang === 'en' ? spec.initial.line : w.line[spec.initial.line];
    return {
      label: w.label(spec.class),
      start: w.start(line, spec.initial.silent.map(say.party), spec.initial.calls),
    };
  },
  refusal: hotlineRefusal,
};
