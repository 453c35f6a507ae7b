import type { ChannelEvent } from '../../machines/events.js';
import type { LiaisonOfficeSpec } from '../../model/scenario.js';
import type { Lang } from '../../words/lang.js';
import { COMMON } from '../words.js';
import { countFits } from './headCount.js';
import type { LiaisonOfficeSnapshot } from './machine.js';
import { en, ko } from './words.js';

const WORDS = { en, ko };

/** Why an office refused an event: the machine decided, this explains it from the state. */
export function officeRefusal(
  _spec: LiaisonOfficeSpec,
  snapshot: LiaisonOfficeSnapshot,
  event: ChannelEvent,
  who: string,
  lang: Lang,
): string {
  const w = WORDS[lang];
  const r = w.refusal;
  const facility = snapshot.value.facility;
  const named = w.facility[facility as keyof typeof w.facility];
  const end = event.end;
  const staffing = end ? snapshot.value[end] : undefined;
  const full = end ? snapshot.context.staff[end].full : 0;
  switch (event.type) {
    case 'open':
      return r.alreadyIs(named);
    case 'suspend':
      return r.notOperating(named);
    case 'resume':
      return r.notSuspended(named);
    case 'demolish':
      return r.alreadyDemolished;
    case 'send-staff':
      if (facility === 'demolished') return r.sendToRuin;
      if (event.count !== undefined && !countFits(event.count, full))
        return r.countOutOfRange(event.count, who, full);
      return r.alreadyPresent(who);
    case 'reduce-staff':
      if (staffing === 'withdrawn') return r.reduceWithdrawn(who);
      return r.reduceRange(who, full);
    case 'withdraw-staff':
      return facility === 'demolished' ? r.nobodyLeft : r.alreadyWithdrawn(who);
    default:
      return COMMON[lang].refusal.cannot(event.type, JSON.stringify(snapshot.value));
  }
}
