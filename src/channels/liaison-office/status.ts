import type { End } from '../../machines/events.js';
import type { LiaisonOfficeSpec } from '../../model/scenario.js';
import type { Lang } from '../../words/lang.js';
import type { Describer } from '../describe.js';
import { factParts, facts, marked, partyAt, type ChannelView, type Fact } from '../status.js';
import { closuresIn, isDegraded } from '../rule.js';
import { OFFICE_RULE, type LiaisonOfficeSnapshot } from './machine.js';
import { en, ko } from './words.js';

const WORDS = { en, ko };
const ENDS = ['a', 'b'] as const;

/**
 * An office's status as facts: closed unless operating with both sides there, degraded
 * while a side is only partly staffed. Outside its office days it is on standby, not closed.
 */
export function officeView(
  spec: LiaisonOfficeSpec,
  snapshot: LiaisonOfficeSnapshot,
  say: Describer,
  offDuty: boolean,
): ChannelView {
  const { value, context } = snapshot;
  const party = (end: End) => partyAt(spec, end);
  const staffing = (end: End) =>
    marked(value[end], context.staff[end], {
      party: party(end),
      count: context.staff[end].count,
      full: context.staff[end].full,
    });
  const state = ENDS.map(staffing);
  const facility = context.facility;
  // The same rule the consultation guards read. A closed facility is the whole story: who
  // withdrew from a suspended office is detail, not a second reason.
  const closing = closuresIn(OFFICE_RULE, snapshot);
  const ofFacility = closing.filter((c) => 'facility' in c.state);
  const causes: Fact[] =
    ofFacility.length > 0
      ? ofFacility.map((c) =>
          marked(c.state.facility!, facility, c.state.facility === 'not-open' ? { notYet: true } : {}),
        )
      : closing.map((c) => staffing(c.guard === 'aWithdrawn' ? 'a' : 'b'));
  if (causes.length > 0) return facts(officeWords, say, 'closed', causes, state, false);

  const since = Math.max(facility.at, context.staff.a.at, context.staff.b.at);
  const standby: Fact[] = offDuty ? [{ what: 'standby', at: since }] : [];
  const partial = isDegraded(OFFICE_RULE, snapshot)
    ? ENDS.filter((end) => value[end] === 'partial').map(staffing)
    : [];
  if (partial.length > 0)
    return facts(officeWords, say, 'degraded', [...partial, ...standby], state, offDuty, since);
  return facts(officeWords, say, 'open', [{ what: 'open', at: since }, ...standby], state, offDuty, since);
}

/** An office's facts in words. */
export function officeWords(lang: Lang, view: Pick<ChannelView, 'facts' | 'state'>, say: Describer) {
  const w = WORDS[lang];
  const { who, by, cause, when } = factParts(lang, say);
  const reason = view.facts
    .map((f) => {
      switch (f.what) {
        case 'demolished':
          return w.status.demolished(by(f), when(f), cause(f));
        case 'not-open':
          return w.status.notOpen;
        case 'suspended':
          return w.status.suspended(by(f), when(f), cause(f));
        case 'withdrawn':
          return w.status.withdrawn(who(f), when(f), cause(f));
        case 'partial':
          return w.status.partial(who(f), f.count ?? 0, f.full ?? 0, when(f));
        case 'standby':
          return w.status.standby;
        default:
          return w.status.open;
      }
    })
    .join('; ');
  const detail = view.state
    .map((f) =>
      f.what === 'withdrawn'
        ? w.detail.withdrawn(who(f))
        : f.what === 'partial'
          ? w.detail.partial(who(f), f.count ?? 0, f.full ?? 0)
          : w.detail.present(who(f), f.count ?? 0),
    )
    .join(' · ');
  return { reason, detail };
}
