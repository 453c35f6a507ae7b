import { startHistory, takersByRule, type ChannelKindModule } from '../kind.js';
import { officeFile } from './file.js';
import type { LiaisonOfficeSpec } from '../../model/scenario.js';
import { countRange, suggestedReduction } from './headCount.js';
import { liaisonOfficeMachine, type LiaisonOfficeInput, type LiaisonOfficeSnapshot } from './machine.js';
import { officeRefusal } from './refusal.js';
import { officeView, officeWords } from './status.js';
import { en, ko } from './words.js';
import { own } from '../../model/own.js';

const WORDS = { en, ko };

/** A staffed liaison office: the facility, each side's staff, routine consultations. */
export const liaisonOffice: ChannelKindModule<
  LiaisonOfficeSpec,
  LiaisonOfficeSnapshot,
  typeof officeFile.entry
> = {
  kind: 'liaison-office',
  file: officeFile,
  route: (spec) => [...spec.between],
  takers(spec, event) {
    return takersByRule(spec, this.events[event]);
  },
  machine: liaisonOfficeMachine,
  events: {
    open: { by: 'party' },
    suspend: { by: 'party' },
    resume: { by: 'party' },
    demolish: { by: 'party', nature: true },
    'send-staff': { by: 'end' },
    'reduce-staff': { by: 'end' },
    'withdraw-staff': { by: 'end' },
    consult: { by: 'party', contact: true },
  },
  words: { en, ko },
  input: (spec, at): LiaisonOfficeInput => {
    const staffing = (end: 'a' | 'b') => {
      const party = spec.between[end === 'a' ? 0 : 1];
      return {
        full: own(spec.staff, party) ?? 0,
        count: own(spec.initial.staff, party) ?? own(spec.staff, party) ?? 0,
      };
    };
    return {
      at,
      facility: spec.initial.facility,
      staff: { a: staffing('a'), b: staffing('b') },
      ...startHistory(spec.initial),
    };
  },
  view: officeView,
  phrase: officeWords,
  contact: { event: 'consult', reached: { held: true, 'one-sided': false, 'no-office': false } },
  contactsMade: () => true,
  detailMatters: true,
  standsBy: true,
  suggestCount: (event, snapshot) =>
    event === 'reduce-staff'
      ? suggestedReduction([snapshot.context.staff.a.full, snapshot.context.staff.b.full])
      : undefined,
  countRange: (spec, event, parties, suggested) => {
    if (event !== 'send-staff' && event !== 'reduce-staff') return null;
    const full = Math.min(...parties.map((party) => own(spec.staff, party) ?? 1));
    return countRange(full, event === 'reduce-staff', suggested);
  },
  specWords: (lang, spec, say) => {
    const w = WORDS[lang];
    const staff = spec.between.map((p) => ({
      who: say.party(p),
      count: own(spec.initial.staff, p) ?? 0,
      full: own(spec.staff, p) ?? 0,
    }));
    return { label: w.label, start: w.start(w.facility[spec.initial.facility], staff) };
  },
  refusal: officeRefusal,
};
