import type { ChannelEvent, End } from '../../machines/events.js';
import type { Lang } from '../../words/lang.js';
import type { Describer } from '../describe.js';
import { closuresIn } from '../rule.js';
import { factParts, facts, marked, partyAt, type ChannelView, type Fact } from '../status.js';
import { COMMON } from '../words.js';
import { RELAY_RULE, type RelaySnapshot } from './machine.js';
import type { RelaySpec } from './spec.js';
import { en, ko } from './words.js';

const WORDS = { en, ko };
const ENDS = ['a', 'b'] as const;

/** A relayed line's status as facts, by RELAY_RULE. Facts about the relay name the relaying party. */
export function relayView(spec: RelaySpec, snapshot: RelaySnapshot, say: Describer): ChannelView {
  const { value, context } = snapshot;
  const party = (end: End) => partyAt(spec, end);
  const state: Fact[] = [
    marked(value.relay === 'relaying' ? 'relaying' : 'stopped', context.relay, { party: spec.via }),
    ...(value.line === 'broken' ? [marked('broken', context.line)] : []),
    ...ENDS.map((end) => marked(value[end], context.ends[end], { party: party(end) })),
  ];
  const causes = closuresIn(RELAY_RULE, snapshot).map((c): Fact => {
    if (c.guard === 'relayStopped') return marked('relay-stopped', context.relay, { party: spec.via });
    if (c.guard === 'lineBroken') return marked('line-broken', context.line);
    const end = c.guard === 'aNotUsing' ? 'a' : 'b';
    return marked('not-using', context.ends[end], { party: party(end) });
  });
  if (causes.length > 0) return facts(relayWords, say, 'closed', causes, state, false);
  const since = Math.max(context.relay.at, context.line.at, context.ends.a.at, context.ends.b.at);
  return facts(relayWords, say, 'open', [{ what: 'open', at: since, party: spec.via }], state, false, since);
}

export function relayWords(lang: Lang, view: Pick<ChannelView, 'facts' | 'state'>, say: Describer) {
  const w = WORDS[lang];
  const { who, by, cause, when } = factParts(lang, say);
  const reason = view.facts
    .map((f) => {
      if (f.what === 'relay-stopped') return w.status.relayStopped(who(f), when(f), cause(f));
      if (f.what === 'line-broken') return w.status.lineBroken(by(f), when(f), cause(f));
      if (f.what === 'not-using') return w.status.notUsing(who(f), when(f), cause(f));
      return w.status.open(who(f));
    })
    .join('; ');
  const detail = view.state
    .map((f) => {
      if (f.what === 'relaying') return w.detail.relaying(who(f));
      if (f.what === 'stopped') return w.detail.stopped(who(f));
      if (f.what === 'broken') return w.detail.broken;
      return f.what === 'not-using' ? w.detail.notUsing(who(f)) : w.detail.using(who(f));
    })
    .join(' · ');
  return { reason, detail };
}

/** Why a relayed line refused an event, from the state it was in. */
export function relayRefusal(
  spec: RelaySpec,
  snapshot: RelaySnapshot,
  event: ChannelEvent,
  who: string,
  lang: Lang,
  say?: Describer,
): string {
  const w = WORDS[lang];
  const via = say ? say.party(spec.via) : spec.via;
  switch (event.type) {
    case 'stop-relaying':
    case 'resume-relaying':
      if (event.by !== spec.via) return w.refusal.onlyRelay(via);
      return event.type === 'stop-relaying' ? w.refusal.stopped(via) : w.refusal.relaying(via);
    case 'stop-using':
      return w.refusal.notUsing(who);
    case 'resume-using':
      return w.refusal.using(who);
    case 'break':
      return w.refusal.broken;
    case 'repair':
      return w.refusal.working;
    default:
      return COMMON[lang].refusal.cannot(event.type, JSON.stringify(snapshot.value));
  }
}
