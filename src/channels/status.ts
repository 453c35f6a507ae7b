import type { End, Mark } from '../machines/events.js';
import type { HotlineSnapshot } from '../machines/hotlineMachine.js';
import type { LiaisonOfficeSnapshot } from '../machines/liaisonOfficeMachine.js';
import type { ChannelSpec, ChannelStatus, HotlineSpec, LiaisonOfficeSpec } from '../model/scenario.js';
import type { Describer } from './describe.js';

export type { CheckResult } from './checkResults.js';

/** What a person needs to know about one channel at one moment. */
export interface ChannelView {
  status: ChannelStatus;
  /** Human reason naming who did what ("North not answering since 9 Jun 2020 12:00"). */
  reason: string;
  /** When the current status began, as far as the channel's own record tells. */
  since: number;
  /** Physical and per-side state in a few words ("South 20 present · North withdrawn"). */
  detail: string;
  /** An operating office outside office days: on standby, which is not closed. */
  standby: boolean;
}

export type ChannelSnapshot = HotlineSnapshot | LiaisonOfficeSnapshot;

interface Cause {
  mark: Mark;
  text: string;
}

const latest = (marks: Mark[]) => Math.max(...marks.map((m) => m.at));
const earliest = (causes: Cause[]) => Math.min(...causes.map((c) => c.mark.at));
const byWhom = (mark: Mark, say: Describer) => (mark.by === null ? '' : ` by ${say.actor(mark.by)}`);
const because = (mark: Mark) => (mark.cause ? ` (${mark.cause})` : '');

function closed(causes: Cause[], detail: string): ChannelView {
  return {
    status: 'closed',
    reason: causes.map((c) => c.text).join('; '),
    since: earliest(causes),
    detail,
    standby: false,
  };
}

export function hotlineView(spec: HotlineSpec, snapshot: HotlineSnapshot, say: Describer): ChannelView {
  const { value, context } = snapshot;
  const sideName = (end: End) => say.party(spec.between[end === 'a' ? 0 : 1]);
  const silentEnds = (['a', 'b'] as const).filter((end) => value[end] === 'silent');
  const lineWords: Record<string, string> = {
    'not-connected': 'not connected',
    working: 'line working',
    degraded: `line degraded${because(context.line)}`,
    broken: `line broken${because(context.line)}`,
  };
  const detail = [
    lineWords[value.line] ?? value.line,
    ...(['a', 'b'] as const).map((end) => `${sideName(end)} ${value[end]}`),
    ...(value.calls === 'off' ? [`routine calls stopped${byWhom(context.calls, say)}`] : []),
  ].join(' · ');

  const causes: Cause[] = [];
  if (value.line === 'not-connected') causes.push({ mark: context.line, text: 'not yet connected' });
  if (value.line === 'broken')
    causes.push({
      mark: context.line,
      text: `line broken${byWhom(context.line, say)} since ${say.time(context.line.at)}${because(context.line)}`,
    });
  if (silentEnds.length === 2 && context.ends.a.at === context.ends.b.at)
    causes.push({
      mark: context.ends.a,
      text: `neither side answering since ${say.time(context.ends.a.at)}`,
    });
  else
    for (const end of silentEnds)
      causes.push({
        mark: context.ends[end],
        text: `${sideName(end)} not answering since ${say.time(context.ends[end].at)}${because(context.ends[end])}`,
      });
  if (causes.length > 0) return closed(causes, detail);

  const since = latest([context.line, context.ends.a, context.ends.b]);
  if (value.line === 'degraded')
    return {
      status: 'degraded',
      reason: `degraded${because(context.line)} since ${say.time(context.line.at)}`,
      since,
      detail,
      standby: false,
    };
  return {
    status: 'open',
    reason: 'line working, both sides answering',
    since,
    detail,
    standby: false,
  };
}

export function officeView(
  spec: LiaisonOfficeSpec,
  snapshot: LiaisonOfficeSnapshot,
  say: Describer,
  offDuty: boolean,
): ChannelView {
  const { value, context } = snapshot;
  const sideName = (end: End) => say.party(spec.between[end === 'a' ? 0 : 1]);
  const staffWords = (end: End) => {
    const { count, full } = context.staff[end];
    if (value[end] === 'withdrawn') return `${sideName(end)} withdrawn`;
    return value[end] === 'partial'
      ? `${sideName(end)} ${count} of ${full}`
      : `${sideName(end)} ${count} present`;
  };
  const detail = [staffWords('a'), staffWords('b')].join(' · ');
  const facility = context.facility;

  const causes: Cause[] = [];
  if (value.facility === 'demolished')
    causes.push({
      mark: facility,
      text: `demolished${byWhom(facility, say)} on ${say.time(facility.at)}${because(facility)}`,
    });
  else if (value.facility === 'not-open') causes.push({ mark: facility, text: 'not yet open' });
  else if (value.facility === 'suspended')
    causes.push({
      mark: facility,
      text: `suspended${byWhom(facility, say)} since ${say.time(facility.at)}${because(facility)}`,
    });
  else
    for (const end of ['a', 'b'] as const)
      if (value[end] === 'withdrawn')
        causes.push({
          mark: context.staff[end],
          text: `${sideName(end)} staff withdrawn since ${say.time(context.staff[end].at)}${because(context.staff[end])}`,
        });
  if (causes.length > 0) return closed(causes, detail);

  const since = latest([facility, context.staff.a, context.staff.b]);
  const partial = (['a', 'b'] as const).filter((end) => value[end] === 'partial');
  const standbyNote = offDuty ? '; on weekend standby' : '';
  if (partial.length > 0)
    return {
      status: 'degraded',
      reason:
        partial
          .map(
            (end) =>
              `${sideName(end)} only partly staffed (${context.staff[end].count} of ${context.staff[end].full}) since ${say.time(context.staff[end].at)}`,
          )
          .join('; ') + standbyNote,
      since,
      detail,
      standby: offDuty,
    };
  return {
    status: 'open',
    reason: `operating, both sides present${standbyNote}`,
    since,
    detail,
    standby: offDuty,
  };
}

/** Whether the channel's routine checks are being made: a hotline's calls can be stopped. */
export function routineCallsMade(snapshot: ChannelSnapshot): boolean {
  return !('calls' in snapshot.value) || snapshot.value.calls === 'on';
}

/** The status view of any channel: a pure function of its spec, snapshot and the day. */
export function channelView(
  spec: ChannelSpec,
  snapshot: ChannelSnapshot,
  say: Describer,
  offDuty: boolean,
): ChannelView {
  return spec.kind === 'hotline'
    ? hotlineView(spec, snapshot as HotlineSnapshot, say)
    : officeView(spec, snapshot as LiaisonOfficeSnapshot, say, offDuty);
}
