import type { CheckResult, ChannelView } from '../channels/status.js';
import type { SimulationEvent } from '../machines/simulationMachine.js';
import type { ChannelId, ChannelStatus, ScenarioEvent } from '../model/scenario.js';
import type { Lang } from '../words/lang.js';

export interface CheckNote {
  channel: ChannelId;
  outcome: CheckResult;
}

export interface RefusalNote {
  channel: ChannelId;
  /** Why, in every language (refusals are rare; the channel's state is gone once the frame is made). */
  said: Readonly<Record<Lang, string>>;
}

export interface ExpectationResult {
  channel: ChannelId;
  expected: ChannelStatus;
  actual: ChannelStatus;
  ok: boolean;
}

/** One moment of a run: what happened and how every channel looks afterwards. */
export interface Frame {
  index: number;
  /** Position in the schedule that produced it (-1 for the start, and for a what-if). */
  stepIndex: number;
  at: number;
  kind: 'start' | 'event' | 'checks' | 'what-if';
  event: ScenarioEvent | null;
  eventIndex: number | null;
  narration: string;
  channels: Readonly<Record<ChannelId, ChannelView>>;
  checks: readonly CheckNote[];
  /** Deliveries the channels could not take (author errors in history, notes in a branch). */
  refused: RefusalNote[];
  expectations: ExpectationResult[];
}

/** What was sent to the simulation root to produce each frame, for replay. */
export type FrameInput = SimulationEvent | null;

/**
 * How a frame's input is kept: a check frame keeps only the channels it called (most often
 * its schedule step's own list, shared), and its deliveries are made again when replayed.
 * Tens of thousands of check frames would otherwise each keep four objects of their own.
 */
export type StoredInput = FrameInput | readonly ChannelId[];
