import type { ChannelEvent } from '../../machines/events.js';
import type { HotlineSpec } from '../../model/scenario.js';
import type { Lang } from '../../words/lang.js';
import { COMMON } from '../words.js';
import type { HotlineSnapshot } from './machine.js';
import { en, ko } from './words.js';

const WORDS = { en, ko };

/** Why a hotline refused an event: the machine decided, this explains it from the state. */
export function hotlineRefusal(
  _spec: HotlineSpec,
  snapshot: HotlineSnapshot,
  event: ChannelEvent,
  who: string,
  lang: Lang,
): string {
  const w = WORDS[lang];
  const r = w.refusal;
  const line = w.line[snapshot.value.line as keyof typeof w.line];
  switch (event.type) {
    case 'connect':
      return r.connect(line);
    case 'degrade':
    case 'break':
      return snapshot.value.line === 'not-connected' ? r.notConnectedYet : r.already(line);
    case 'repair':
      return snapshot.value.line === 'not-connected' ? r.neverConnected : r.nothingToRepair;
    case 'stop-answering':
      return r.alreadySilent(who);
    case 'resume-answering':
      return r.alreadyAnswering(who);
    case 'stop-calls':
      return r.callsStopped;
    case 'resume-calls':
      return r.callsMade;
    case 'check-call':
      return r.checkCall;
    default:
      return COMMON[lang].refusal.cannot(event.type, JSON.stringify(snapshot.value));
  }
}
