import { checkResult, type CheckResult } from '../channels/checkResults.js';
import { notYetThere } from '../channels/status.js';
import type { Actor, ChannelId, ChannelKind, ChannelStatus } from '../model/scenario.js';
import { toIso } from '../time/clock.js';
import type { RunFrames } from '../timeline/timeline.js';
import { sideReachOverTime } from './reachability.js';
import { statusSpans, type StatusSpan } from './spans.js';
import { own } from '../model/own.js';

/** How often each actor did something: party ids, `both` or `nature`. */
export interface ActorCount {
  total: number;
  by: Record<string, number>;
}

export interface Stretch {
  /** ISO 8601 at the scenario's offset. */
  from: string;
  to: string;
  ms: number;
  /** True when the stretch lasts until the end of the scenario. */
  ongoing: boolean;
}

/** A closed stretch of a channel that had been open before: what the debrief calls a silence. */
export interface Silence extends Stretch {
  /**
   * The silence began before the scenario starts (the channel's `initial.since`): `from` and
   * `ms` count from then, not from the scenario's start.
   */
  beganBeforeStart: boolean;
}

export interface ChannelDebrief {
  id: ChannelId;
  name: string;
  kind: ChannelKind;
  /** Time spent in each status between the scenario's start and end. */
  ms: Record<ChannelStatus, number>;
  /**
   * The longest continuous closed stretch of a channel that existed: not the time before a line
   * was first connected (an office opened, talks agreed). Null when there was none.
   */
  longestSilence: Silence | null;
  /** When a channel that had not existed yet first opened, and who opened it; not a restore. */
  firstOpened: { at: string; by: Actor } | null;
  /** Routine contacts (check calls, consultations, sessions): made, how many got nobody, each outcome. */
  checks: {
    made: number;
    succeeded: number;
    failed: number;
    outcomes: Partial<Record<CheckResult, number>>;
    /** ISO 8601 of the last contact that reached the other side; null when none did. */
    lastReached: string | null;
    /** The longest time between two contacts that reached the other side; null with fewer than two. */
    longestGap: Stretch | null;
  };
  /** From open or degraded to closed, by the side that acted. */
  cuts: ActorCount;
  /** From closed to open or degraded, by the side that acted; a first opening is not one. */
  restores: ActorCount;
}

export interface LastLinkChange {
  at: string;
  frameIndex: number;
  /** The single points of failure from then on; empty when redundant again or cut off. */
  lastLinks: ChannelId[];
  reachable: boolean;
}

/** A run's figures, JSON-safe: the same object feeds the text report, JSON and handouts. */
export interface Debrief {
  from: string;
  to: string;
  periodMs: number;
  channels: ChannelDebrief[];
  sides: {
    parties: [string, string];
    /** Time with no open or degraded channel directly between the two sides. */
    noDirectMs: number;
    /** Time with no route at all, not even through an intermediary. */
    unreachableMs: number;
    lastLinkChanges: LastLinkChange[];
  };
}

function count(counter: ActorCount, actor: Actor): void {
  counter.total += 1;
  counter.by[actor] = (own(counter.by, actor) ?? 0) + 1;
}

/** A closed stretch as the debrief reads it: a silence (from when), or a channel not there yet. */
function closure(timeline: RunFrames, id: ChannelId, span: StatusSpan, first: boolean) {
  const view = timeline.frames[span.frameIndex]?.channels[id];
  const notYet = notYetThere(view);
  // Closed at the start since a date the file gives: the silence began then, not with the scenario.
  const from = first && view !== undefined ? Math.min(view.since, span.from) : span.from;
  return { notYet, from, ms: span.to - from };
}

function channelFigures(timeline: RunFrames, id: ChannelId, spans: StatusSpan[]) {
  const ms: Record<ChannelStatus, number> = { open: 0, degraded: 0, closed: 0 };
  const cuts: ActorCount = { total: 0, by: {} };
  const restores: ActorCount = { total: 0, by: {} };
  let longest: { span: StatusSpan; from: number; ms: number } | null = null;
  let firstOpened: { at: number; by: Actor } | null = null;
  let notYet = false;
  spans.forEach((span, i) => {
    ms[span.status] += span.to - span.from;
    const wasNotYet = notYet;
    notYet = false;
    if (span.status === 'closed') {
      const closed = closure(timeline, id, span, i === 0);
      notYet = closed.notYet;
      if (!closed.notYet && (!longest || closed.ms > longest.ms)) longest = { span, ...closed };
    }
    const before = spans[i - 1];
    if (!before) return;
    const frame = timeline.frames[span.frameIndex];
    // A routine contact that ends a closure (the cancelled session has passed) carries out the
    // choice of whoever closed it; any other change with no scripted event was nobody's choice.
    const closer = timeline.frames[before.frameIndex]?.event?.side ?? null;
    const byContact = frame?.kind === 'checks' && before.status === 'closed' && closer !== null;
    const actor = frame?.event?.side ?? (byContact ? closer : 'nature');
    if (span.status === 'closed') count(cuts, actor);
    else if (wasNotYet) firstOpened ??= { at: span.from, by: actor };
    else if (before.status === 'closed') count(restores, actor);
  });
  // Still silent only when the closure is the channel's last stretch: a restore at the very end
  // (the step a debrief so far stops at) ends it, though the open stretch after it has no length.
  const silence = longest as { span: StatusSpan; from: number; ms: number } | null;
  return {
    ms,
    cuts,
    restores,
    longest: silence,
    silentToTheEnd: silence !== null && silence.span === spans.at(-1),
    firstOpened: firstOpened as { at: number; by: Actor } | null,
  };
}

function checkFigures(timeline: RunFrames): Map<ChannelId, ChannelDebrief['checks']> {
  const { scenario } = timeline;
  const iso = (at: number) => toIso(at, scenario.zone);
  const figures = new Map<ChannelId, ChannelDebrief['checks']>(
    scenario.channels.map((c) => [
      c.id,
      { made: 0, succeeded: 0, failed: 0, outcomes: {}, lastReached: null, longestGap: null },
    ]),
  );
  const lastReached = new Map<ChannelId, number>();
  for (const frame of timeline.frames) {
    if (frame.at > scenario.end) break;
    for (const note of frame.checks) {
      const figure = figures.get(note.channel);
      if (!figure) continue;
      figure.made += 1;
      figure.outcomes[note.outcome] = (figure.outcomes[note.outcome] ?? 0) + 1;
      if (!checkResult(note.outcome).reached) {
        figure.failed += 1;
        continue;
      }
      figure.succeeded += 1;
      const previous = lastReached.get(note.channel);
      if (previous !== undefined && frame.at - previous > (figure.longestGap?.ms ?? 0))
        figure.longestGap = {
          from: iso(previous),
          to: iso(frame.at),
          ms: frame.at - previous,
          ongoing: false,
        };
      lastReached.set(note.channel, frame.at);
      figure.lastReached = iso(frame.at);
    }
  }
  return figures;
}

/** The figures of a run: time per status, silences, check calls, cuts and last links. */
export function debrief(timeline: RunFrames): Debrief {
  const { scenario } = timeline;
  const iso = (at: number) => toIso(at, scenario.zone);
  const spans = statusSpans(timeline);
  const checks = checkFigures(timeline);
  const channels = scenario.channels.map((spec): ChannelDebrief => {
    const { ms, cuts, restores, longest, silentToTheEnd, firstOpened } = channelFigures(
      timeline,
      spec.id,
      spans.get(spec.id) ?? [],
    );
    return {
      id: spec.id,
      name: spec.name,
      kind: spec.kind,
      ms,
      longestSilence: longest && {
        from: iso(longest.from),
        to: iso(longest.span.to),
        ms: longest.ms,
        ongoing: silentToTheEnd,
        beganBeforeStart: longest.from < scenario.start,
      },
      firstOpened: firstOpened && { at: iso(firstOpened.at), by: firstOpened.by },
      checks: checks.get(spec.id)!,
      cuts,
      restores,
    };
  });

  let noDirectMs = 0;
  let unreachableMs = 0;
  let previousLinks = '[]';
  const lastLinkChanges: LastLinkChange[] = [];
  for (const stretch of sideReachOverTime(timeline)) {
    const length = stretch.to - stretch.from;
    if (stretch.reach.direct.length === 0) noDirectMs += length;
    if (!stretch.reach.reachable) unreachableMs += length;
    const links = JSON.stringify(stretch.reach.lastLinks);
    const wasReachable = lastLinkChanges[lastLinkChanges.length - 1]?.reachable ?? true;
    if (links === previousLinks && stretch.reach.reachable === wasReachable) continue;
    previousLinks = links;
    lastLinkChanges.push({
      at: iso(stretch.from),
      frameIndex: stretch.frameIndex,
      lastLinks: stretch.reach.lastLinks,
      reachable: stretch.reach.reachable,
    });
  }

  return {
    from: iso(scenario.start),
    to: iso(scenario.end),
    periodMs: scenario.end - scenario.start,
    channels,
    sides: { parties: [...scenario.sides], noDirectMs, unreachableMs, lastLinkChanges },
  };
}
