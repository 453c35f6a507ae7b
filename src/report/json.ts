/**
 * The run as one JSON object (`liaison-sim run --json`). Deterministic: nothing in it
 * depends on when or where it runs, so two runs are byte-identical.
 */
import type { CheckNote, ExpectationResult, Frame } from '../timeline/frame.js';
import type { ChannelStatus } from '../model/scenario.js';
import { debrief, type Debrief } from '../analysis/debrief.js';
import { toIso } from '../time/clock.js';
import type { Timeline } from '../timeline/timeline.js';
import { collect, Streamed, writeJson, type Sections } from '../io/jsonStream.js';
import { indexAtOrAfter, type MomentPlace } from '../timeline/frameAt.js';
import { reachSides, type PairReach } from '../analysis/reachability.js';
import { runOutcome, type ReachResult, type Views } from './outcome.js';
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
    /** Reachability expectations (events' and checkpoints'). */
    reach: (Omit<ReachResult, 'at'> & { at: string })[];
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
  questions: QuestionsReport;
}

/**
 * The class questions, each with the frame that shows it (null when no step comes at or
 * after its time); the answers apart, under their own key, so a tool can leave them out.
 */
export interface QuestionsReport {
  asked: { index: number; at: string; frame: number | null; ask: string }[];
  answers: { question: number; answer: string }[];
}

export interface MomentReport {
  scenario: RunReport['scenario'];
  /** The moment resolved: ISO 8601 at the scenario's offset, as frames give theirs. */
  at: string;
  /** The moment as the user wrote it. */
  asked: string;
  /** Where the moment falls among the steps: on one, between two, after the last. */
  place?: MomentPlace['kind'];
  frame: FrameReport;
  /** Whether the two sides can reach each other at that moment, how, and the last links. */
  reach: RunReport['summary']['reach'];
}

function states(views: Views): Record<string, ChannelState> {
  return Object.fromEntries(
    Object.entries(views).map(([id, view]) => [id, { status: view.status, reason: view.reason }]),
  );
}

function scenarioReport({ scenario }: Timeline): RunReport['scenario'] {
  return {
    id: scenario.id,
    title: scenario.title,
    start: toIso(scenario.start, scenario.zone),
    end: toIso(scenario.end, scenario.zone),
    zone: scenario.zone.name,
  };
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
    refused: frame.refused.map((r) => r.said.en),
    expectations: frame.expectations.map((e) => ({ ...e })),
  };
}

function questionsReport(timeline: Timeline): QuestionsReport {
  const { questions, zone } = timeline.scenario;
  const frames = timeline.frames;
  return {
    asked: questions.map((q, index) => {
      const frame = indexAtOrAfter(frames, q.at);
      return { index, at: toIso(q.at, zone), frame: frame < frames.length ? frame : null, ask: q.ask };
    }),
    answers: questions.map((q, question) => ({ question, answer: q.answer })),
  };
}

function* frameReports(timeline: Timeline): Generator<FrameReport> {
  for (const frame of timeline.frames) yield frameReport(frame, timeline.scenario.zone);
}

/**
 * The report's top-level sections in the order they are printed; the frames are made one by
 * one as they are written. A new section is one more entry here (and in RunReport).
 */
export function runReportSections(timeline: Timeline): Sections {
  const zone = timeline.scenario.zone;
  const outcome = runOutcome(timeline);
  const { reach, last } = outcome;
  const sections: [keyof RunReport, unknown][] = [
    ['scenario', scenarioReport(timeline)],
    ['frames', new Streamed(() => frameReports(timeline))],
    [
      'expectations',
      {
        passed: outcome.passed,
        failed: outcome.failed,
        results: outcome.expectations.map(({ at, frame, ...e }) => ({ frame, at: toIso(at, zone), ...e })),
        reach: outcome.reachExpectations.map(({ at, frame, ...e }) => ({ frame, at: toIso(at, zone), ...e })),
      },
    ],
    [
      'summary',
      {
        frames: timeline.frames.length,
        events: timeline.frames.filter((f) => f.event !== null).length,
        checks: timeline.frames.filter((f) => f.kind === 'checks').length,
        end: { frame: last.index, at: toIso(last.at, zone), channels: states(last.channels) },
        reach: reachReport(reach),
      },
    ],
    ['debrief', debrief(timeline)],
    ['questions', questionsReport(timeline)],
  ];
  return sections;
}

/** The whole report as one object in memory (for tests and callers that want to look inside). */
export function runReport(timeline: Timeline): RunReport {
  return collect(runReportSections(timeline)) as unknown as RunReport;
}

/** `run --json --at`: how things stand at one moment, the frame in force then. */
export function momentReport(
  timeline: Timeline,
  moment: { at: number; asked: string },
  place: MomentPlace['kind'] | undefined,
  frameIndex: number,
): MomentReport {
  return {
    scenario: scenarioReport(timeline),
    at: toIso(moment.at, timeline.scenario.zone),
    asked: moment.asked,
    ...(place === undefined ? {} : { place }),
    frame: frameReport(timeline.frames[frameIndex]!, timeline.scenario.zone),
    reach: reachReport(reachSides(timeline.scenario, timeline.frames[frameIndex]!.channels)),
  };
}

/** The two sides' reachability as JSON: whether, by which direct channels and routes, and the last links. */
function reachReport(reach: PairReach): RunReport['summary']['reach'] {
  return {
    from: reach.from,
    to: reach.to,
    reachable: reach.reachable,
    direct: [...reach.direct],
    indirect: reach.indirect.map((r) => ({ parties: [...r.parties], channels: [...r.channels] })),
    lastLinks: [...reach.lastLinks],
  };
}

/** Prints `run --json`, streamed: any scenario that validates can be printed. */
export function writeRunReport(out: NodeJS.WritableStream, timeline: Timeline): Promise<void> {
  return writeJson(out, runReportSections(timeline));
}
