import type { ChannelEvent, End } from '../machines/events.js';
import type { HotlineSnapshot } from '../machines/hotlineMachine.js';
import type { LiaisonOfficeSnapshot } from '../machines/liaisonOfficeMachine.js';
import { EVENTS_BY_KIND, type ChannelSpec } from '../model/scenario.js';
import type { Describer } from './describe.js';
import type { ChannelSnapshot } from './status.js';

/**
 * Why a channel refused an event, in words a scenario author can act on. The machines
 * decide; this only explains their decision from the state they were in.
 */
export function explainRefusal(
  spec: ChannelSpec,
  snapshot: ChannelSnapshot,
  event: ChannelEvent,
  say: Describer,
): string {
  if (!EVENTS_BY_KIND[spec.kind].includes(event.type))
    return `a ${spec.kind} has no event "${event.type}" (it has: ${EVENTS_BY_KIND[spec.kind].join(', ')})`;
  const side = (end: End | undefined) =>
    end === undefined ? say.actor(event.by) : say.party(spec.between[end === 'a' ? 0 : 1]);
  if (
    event.end === undefined &&
    ['stop-answering', 'resume-answering', 'send-staff', 'reduce-staff', 'withdraw-staff'].includes(
      event.type,
    )
  )
    return `${say.actor(event.by)} is not at either end of ${spec.name} (${spec.between.map(say.party).join(' and ')}), so cannot ${event.type}`;
  return spec.kind === 'hotline'
    ? hotlineRefusal(snapshot as HotlineSnapshot, event, side(event.end))
    : officeRefusal(snapshot as LiaisonOfficeSnapshot, event, side(event.end));
}

function hotlineRefusal(snapshot: HotlineSnapshot, event: ChannelEvent, who: string): string {
  const line = snapshot.value.line;
  switch (event.type) {
    case 'connect':
      return `the line is already connected (${line})`;
    case 'degrade':
    case 'break':
      return line === 'not-connected'
        ? 'the line is not connected yet: connect it first'
        : `the line is already ${line}`;
    case 'repair':
      return line === 'not-connected'
        ? 'the line was never connected: use connect'
        : 'the line is working: nothing to repair';
    case 'stop-answering':
      return `${who} is already not answering`;
    case 'resume-answering':
      return `${who} is already answering`;
    case 'stop-calls':
      return 'routine calls are already stopped';
    case 'resume-calls':
      return 'routine calls are already being made';
    case 'check-call':
      return 'routine calls are stopped on this line: resume-calls first';
    default:
      return `cannot ${event.type} in state ${JSON.stringify(snapshot.value)}`;
  }
}

function officeRefusal(snapshot: LiaisonOfficeSnapshot, event: ChannelEvent, who: string): string {
  const facility = snapshot.value.facility;
  const end = event.end;
  const staffing = end ? snapshot.value[end] : undefined;
  const full = end ? snapshot.context.staff[end].full : 0;
  switch (event.type) {
    case 'open':
      return `the office is already ${facility}`;
    case 'suspend':
      return `the office is not operating (${facility})`;
    case 'resume':
      return `the office is not suspended (${facility})`;
    case 'demolish':
      return 'the office is already demolished';
    case 'send-staff':
      if (facility === 'demolished') return 'the office is demolished: no one can be sent there';
      if (
        event.count !== undefined &&
        !(Number.isInteger(event.count) && event.count >= 1 && event.count <= full)
      )
        return `count ${event.count} is not between 1 and ${who}'s full complement of ${full}`;
      return `${who} staff are already present`;
    case 'reduce-staff':
      if (staffing === 'withdrawn') return `${who} staff are withdrawn: send-staff first`;
      return `reduce-staff needs a count from 1 to ${full - 1} (below ${who}'s full complement of ${full})`;
    case 'withdraw-staff':
      return facility === 'demolished'
        ? 'the office is demolished: no one is left there to withdraw'
        : `${who} staff are already withdrawn`;
    default:
      return `cannot ${event.type} in state ${JSON.stringify(snapshot.value)}`;
  }
}
