/**
 * The run as one JSON object (`liaison-sim run --json`). Deterministic: nothing in it
 * depends on when or where it runs, so two runs are byte-identical.
 */
import type { CheckNote, ExpectationResult, Frame } from '../timeline/frame.js';
import type { ChannelStatus } from '../model/scenario.js';
import { debrief, type Debrief } from '../analysis/debrief.js';
import { toIso } from '../time/clock.js';
import type { Timeline } from '../timeline/timeline.js';
import { runOutcome, type Views } from './outcome.js';
import type { Zone } from '../time/zone.js';

export interface ChannelState {
  status: ChannelStatus;
  reason: string;
}

export interface FrameReport {
  index: number;
  at: string;
  kind: Frame['kind'];
  /** Who acted (a party id, both, nature); null for the start and routine checks. */
  side: string | null;
  /** The channels the event acted on ([] for context events, starts and checks). */
  channel: string[];
  do: string | null;
  count?: number;
  cause?: string;
  source?: string;
  tag: string | null;
  narration: string;
  channels: Record<string, ChannelState>;
  checks: CheckNote[];
  refused: string[];
  expectations: ExpectationResult[];
}

export interface RunReport {
  scenario: { id: string; title: string; start: string; end: string; zone: string };
  frames: FrameReport[];
  expectations: {
    passed: number;
    failed: number;
    results: (ExpectationResult & { frame: number; at: string })[];
  };
  summary: {
    frames: number;
    events: number;
    checks: number;
    end: { frame: number; at: string; channels: Record<string, ChannelState> };
    reach: {
      from: string;
      to: string;
      reachable: boolean;
      direct: string[];
      indirect: { parties: string[]; channels: string[] }[];
      lastLinks: string[];
    };
  };
  /** The run's figures: time per status, silences, checks, cuts, last links. */
  debrief: Debrief;
}

function states(views: Views): Record<string, ChannelState> {
  return Object.fromEntries(
    Object.entries(views).map(([id, view]) => [id, { status: view.status, reason: view.reason }]),
  );
}

function frameReport(frame: Frame, zone: Zone): FrameReport {
  const event = frame.event;
  return {
    index: frame.index,
    at: toIso(frame.at, zone),
    kind: frame.kind,
    side: event?.side ?? null,
    channel: event ? [...event.channels] : [],
    do: event?.do ?? null,
    ...(event?.count === undefined ? {} : { count: event.count }),
    ...(event?.cause === undefined ? {} : { cause: event.cause }),
    ...(event?.source === undefined ? {} : { source: event.source }),
    tag: event?.tag ?? null,
    narration: frame.narration,
    channels: states(frame.channels),
    checks: frame.checks.map((c) => ({ channel: c.channel, outcome: c.outcome })),
    refused: frame.refused.map((r) => r.message),
    expectations: frame.expectations.map((e) => ({ ...e })),
  };
}

export function runReport(timeline: Timeline): RunReport {
  const { scenario } = timeline;
  const zone = scenario.zone;
  const outcome = runOutcome(timeline);
  const { reach, last } = outcome;
  return {
    scenario: {
      id: scenario.id,
      title: scenario.title,
      start: toIso(scenario.start, zone),
      end: toIso(scenario.end, zone),
      zone: scenario.zone.name,
    },
    frames: timeline.frames.map((f) => frameReport(f, zone)),
    expectations: {
      passed: outcome.passed,
      failed: outcome.failed,
      results: outcome.expectations.map(({ at, frame, ...e }) => ({ frame, at: toIso(at, zone), ...e })),
    },
    summary: {
      frames: timeline.frames.length,
      events: timeline.frames.filter((f) => f.event !== null).length,
      checks: timeline.frames.filter((f) => f.kind === 'checks').length,
      end: { frame: last.index, at: toIso(last.at, zone), channels: states(last.channels) },
      reach: {
        from: reach.from,
        to: reach.to,
        reachable: reach.reachable,
        direct: [...reach.direct],
        indirect: reach.indirect.map((r) => ({ parties: [...r.parties], channels: [...r.channels] })),
        lastLinks: [...reach.lastLinks],
      },
    },
    debrief: debrief(timeline),
  };
}
