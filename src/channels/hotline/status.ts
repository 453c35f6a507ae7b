import type { End } from '../../machines/events.js';
import type { HotlineSpec } from '../../model/scenario.js';
import type { Lang } from '../../words/lang.js';
import type { Describer } from '../describe.js';
import { factParts, facts, marked, partyAt, type ChannelView, type Fact } from '../status.js';
import { closuresIn, isDegraded } from '../rule.js';
import { HOTLINE_RULE, type HotlineSnapshot } from './machine.js';
import { ko, en } from './words.js';

const WORDS = { en, ko };
const ENDS = ['a', 'b'] as const;

/**
 * A hotline's status as facts: closed while the line is down or a side is silent, degraded
 * while the line is, else open. The reason and detail are these facts put into words.
 */
export function hotlineView(spec: HotlineSpec, snapshot: HotlineSnapshot, say: Describer): ChannelView {
  const { value, context } = snapshot;
  const party = (end: End) => partyAt(spec, end);
  const state: Fact[] = [
    marked(`line:${value.line}`, context.line),
    ...ENDS.map((end) => marked(value[end], context.ends[end], { party: party(end) })),
    ...(value.calls === 'off' ? [marked('calls-stopped', context.calls)] : []),
  ];
  // The same rule the check-call guards read: closed in any closure, then degraded, then open.
  const closing = closuresIn(HOTLINE_RULE, snapshot).map((c) => c.guard);
  const causes: Fact[] = [];
  if (closing.includes('notConnected')) causes.push(marked('not-connected', context.line, { notYet: true }));
  if (closing.includes('lineBroken')) causes.push(marked('line-broken', context.line));
  const silent = ENDS.filter((end) => closing.includes(end === 'a' ? 'aSilent' : 'bSilent'));
  if (silent.length === 2 && context.ends.a.at === context.ends.b.at)
    causes.push(marked('neither-answering', context.ends.a));
  else
    for (const end of silent) causes.push(marked('not-answering', context.ends[end], { party: party(end) }));
  const since = Math.max(context.line.at, context.ends.a.at, context.ends.b.at);
  if (causes.length > 0) return facts(hotlineWords, say, 'closed', causes, state, false);
  if (isDegraded(HOTLINE_RULE, snapshot))
    return facts(hotlineWords, say, 'degraded', [marked('degraded', context.line)], state, false, since);
  return facts(hotlineWords, say, 'open', [{ what: 'open', at: since }], state, false, since);
}

/** A hotline's facts in words. */
export function hotlineWords(lang: Lang, view: Pick<ChannelView, 'facts' | 'state'>, say: Describer) {
  const w = WORDS[lang];
  const { who, by, cause, when } = factParts(lang, say);
  const reason = view.facts
    .map((f) => {
      switch (f.what) {
        case 'not-connected':
          return w.status.notConnected;
        case 'line-broken':
          return w.status.broken(by(f), when(f), cause(f));
        case 'neither-answering':
          return w.status.neitherAnswering(when(f));
        case 'not-answering':
          return w.status.notAnswering(who(f), when(f), cause(f));
        case 'degraded':
          return w.status.degraded(cause(f), when(f));
        default:
          return w.status.open;
      }
    })
    .join('; ');
  const detail = view.state
    .map((f) => {
      if (f.what.startsWith('line:')) {
        const line = f.what.slice(5) as keyof typeof w.detail.line;
        return w.detail.line[line](cause(f));
      }
      if (f.what === 'calls-stopped') return w.detail.callsStopped(by(f));
      return f.what === 'silent' ? w.detail.silent(who(f)) : w.detail.answering(who(f));
    })
    .join(' · ');
  return { reason, detail };
}
