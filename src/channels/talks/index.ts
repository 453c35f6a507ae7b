import { endOf } from '../ends.js';
import { NO_HEAD_COUNT, startHistory, takersByRule, type ChannelKindModule } from '../kind.js';
import { talksFile } from './file.js';
import { talksMachine, type TalksInput, type TalksSnapshot } from './machine.js';
import type { TalksSpec } from './spec.js';
import { talksRefusal, talksView, talksWords } from './status.js';
import { en, ko } from './words.js';

const WORDS = { en, ko };

/** Recurring talks: a forum with sessions on a calendar, held, cancelled, boycotted, suspended. */
export const talks: ChannelKindModule<TalksSpec, TalksSnapshot, typeof talksFile.entry> = {
  kind: 'talks',
  file: talksFile,
  machine: talksMachine,
  events: {
    agree: { by: 'party' },
    suspend: { by: 'party' },
    resume: { by: 'party' },
    'cancel-session': { by: 'party', replacesContact: true },
    boycott: { by: 'end' },
    attend: { by: 'end' },
    session: { by: 'party', contact: true },
  },
  words: { en, ko },
  route: (spec) => [...spec.between],
  takers(spec, event) {
    return takersByRule(spec, this.events[event]);
  },
  input: (spec, at): TalksInput => ({
    at,
    forum: spec.initial.forum,
    boycotting: spec.initial.boycotting.flatMap((party) => endOf(spec, party) ?? []),
    ...startHistory(spec.initial),
  }),
  view: (spec, snapshot, say) => talksView(spec, snapshot, say),
  phrase: talksWords,
  contact: {
    event: 'session',
    reached: {
      'session-held': true,
      'session-cancelled': false,
      'session-boycotted': false,
      'no-talks': false,
    },
  },
  // Sessions fall due once the forum is agreed; a suspended forum's sessions are recorded as not held.
  contactsMade: (snapshot) => snapshot.value.forum !== 'not-agreed',
  ...NO_HEAD_COUNT,
  specWords: (lang, spec, say) => {
    const w = WORDS[lang];
    return {
      label: w.label,
      start: w.start(w.forum[spec.initial.forum], spec.initial.boycotting.map(say.party)),
    };
  },
  refusal: talksRefusal,
};
