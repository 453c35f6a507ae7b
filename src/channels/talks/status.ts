import type { ChannelEvent, End } from '../../machines/events.js';
import type { Lang } from '../../words/lang.js';
import type { Describer } from '../describe.js';
import { closuresIn } from '../rule.js';
import { factParts, facts, marked, partyAt, type ChannelView, type Fact } from '../status.js';
import { COMMON } from '../words.js';
import { TALKS_RULE, type TalksSnapshot } from './machine.js';
import type { TalksSpec } from './spec.js';
import { en, ko } from './words.js';

const WORDS = { en, ko };
const ENDS = ['a', 'b'] as const;

/** The forum's status as facts, by TALKS_RULE: open while sessions are held. */
export function talksView(spec: TalksSpec, snapshot: TalksSnapshot, say: Describer): ChannelView {
  const { value, context } = snapshot;
  const party = (end: End) => partyAt(spec, end);
  const state: Fact[] = [
    marked(`forum:${value.forum}`, context.forum),
    ...(value.next === 'cancelled' ? [marked('cancelled', context.next)] : []),
    ...ENDS.map((end) => marked(value[end], context.ends[end], { party: party(end) })),
  ];
  const causes = closuresIn(TALKS_RULE, snapshot).map((c): Fact => {
    if (c.guard === 'notAgreed') return marked('not-agreed', context.forum, { notYet: true });
    if (c.guard === 'forumSuspended') return marked('suspended', context.forum);
    if (c.guard === 'sessionCancelled') return marked('session-cancelled', context.next);
    const end = c.guard === 'aBoycotting' ? 'a' : 'b';
    return marked('boycotting', context.ends[end], { party: party(end) });
  });
  if (causes.length > 0) return facts(talksWords, say, 'closed', causes, state, false);
  const since = Math.max(context.forum.at, context.ends.a.at, context.ends.b.at);
  return facts(talksWords, say, 'open', [{ what: 'open', at: since }], state, false, since);
}

export function talksWords(lang: Lang, view: Pick<ChannelView, 'facts' | 'state'>, say: Describer) {
  const w = WORDS[lang];
  const { who, by, cause, when } = factParts(lang, say);
  const reason = view.facts
    .map((f) => {
      if (f.what === 'not-agreed') return w.status.notAgreed;
      if (f.what === 'suspended') return w.status.suspended(by(f), when(f), cause(f));
      if (f.what === 'session-cancelled') return w.status.cancelled(by(f), when(f), cause(f));
      if (f.what === 'boycotting') return w.status.boycotting(who(f), when(f), cause(f));
      return w.status.open;
    })
    .join('; ');
  const detail = view.state
    .map((f) => {
      if (f.what.startsWith('forum:'))
        return w.detail.forum(w.forum[f.what.slice(6) as keyof typeof w.forum]);
      if (f.what === 'cancelled') return w.detail.cancelled;
      return f.what === 'boycotting' ? w.detail.boycotting(who(f)) : w.detail.attending(who(f));
    })
    .join(' · ');
  return { reason, detail };
}

/** Why the forum refused an event, from the state it was in. */
export function talksRefusal(
  _spec: TalksSpec,
  snapshot: TalksSnapshot,
  event: ChannelEvent,
  who: string,
  lang: Lang,
): string {
  const w = WORDS[lang];
  const forum = w.forum[snapshot.value.forum as keyof typeof w.forum] ?? String(snapshot.value.forum);
  switch (event.type) {
    case 'agree':
      return w.refusal.agree(forum);
    case 'suspend':
      return w.refusal.suspend(forum);
    case 'resume':
      return w.refusal.resume(forum);
    case 'cancel-session':
      return w.refusal.cancel(forum, String(snapshot.value.next));
    case 'boycott':
      return w.refusal.boycott(who);
    case 'attend':
      return w.refusal.attend(who);
    default:
      return COMMON[lang].refusal.cannot(event.type, JSON.stringify(snapshot.value));
  }
}
