import type { Lang } from '../words/lang.js';
/** The UI state: what is shown, how it moves, which prompt is open. Plain data. */
import type { ChannelId } from '../model/scenario.js';
import type { Timeline } from '../timeline/timeline.js';
import type { WhatIf } from '../timeline/whatIf.js';
import type { KeyInfo } from './keys.js';

/** Playback speeds in steps per second. */
export const SPEEDS = [1, 2, 4, 8, 16] as const;

export type Mode =
  | { kind: 'browse' }
  | { kind: 'help'; top: number }
  /** `whole`: the figures of the whole run, not just up to this step (presenter mode shows the latter first). */
  | { kind: 'debrief'; top: number; whole: boolean }
  | { kind: 'jump'; text: string }
  | { kind: 'pick-channel'; purpose: 'what-if' | 'follow'; cursor: number; digits: string }
  | { kind: 'pick-event'; channel: ChannelId; options: WhatIf[]; cursor: number; digits: string }
  | { kind: 'count'; whatIf: WhatIf; min: number; max: number; text: string };

export interface UiState {
  /** The language of the screen and its messages. */
  lang: Lang;
  history: Timeline;
  /** The what-if being shown, or null for history. */
  branch: Timeline | null;
  index: number;
  playing: boolean;
  speed: number;
  skipChecks: boolean;
  /** The channel whose changes n / N jump to; null means any channel. */
  follow: ChannelId | null;
  /** First channel row shown when the board cannot show them all. */
  scroll: number;
  mode: Mode;
  message: string | null;
  /** The frame whose question answers are revealed (a key press shows them; any move hides them). */
  answersAt: number | null;
  /** True while history is still being simulated behind the screen (its frames grow). */
  simulating: boolean;
  /** A move to a frame not simulated yet: done as soon as the frames it needs arrive. */
  pending: Pending | null;
  /** Presenter mode: the story in full, play stops at questions, nothing shown from later steps. */
  present: boolean;
  /** Which page of the narration is shown when it does not fit (taken modulo the page count). */
  storyPage: number;
  /**
   * The branch last saved with w and where (null: none), so q can ask before losing an unsaved
   * one, and w again says where it already is.
   */
  saved: { branch: Timeline; path: string } | null;
  /** q was pressed once on an unsaved what-if: the next q quits. */
  quitAsked: boolean;
  /** An effect asked of the edge of the app; a new object for each request. */
  request: Request | null;
}

/**
 * What the reducer asks of the outside: quit, save, or work of the session (what-if options
 * and branches restore the simulation, which a reducer must not do). The answer to a
 * session request comes back as an action (see answer-request.ts).
 */
export type Request =
  | { kind: 'quit' | 'save' }
  | { kind: 'what-ifs'; index: number; channel: ChannelId }
  | { kind: 'branch'; index: number; whatIf: WhatIf; words: string };

/** A move that waits for frames still being simulated. */
export type Pending =
  | { kind: 'last' }
  | { kind: 'step' }
  | { kind: 'change'; dir: 1 }
  | { kind: 'jump'; text: string; at: number }
  /** A what-if is compared with all of history: its branch is asked for once history is whole. */
  | { kind: 'branch'; request: Extract<Request, { kind: 'branch' }> };

export type Action =
  | { type: 'step'; dir: 1 | -1 }
  | { type: 'edge'; to: 'first' | 'last' }
  | { type: 'toggle-play' }
  | { type: 'tick' }
  | { type: 'speed'; by: 1 | -1 }
  | { type: 'toggle-skip' }
  | { type: 'change'; dir: 1 | -1 }
  | { type: 'scroll'; by: number }
  | { type: 'open'; mode: 'help' | 'debrief' | 'jump' | 'what-if' | 'follow' }
  | { type: 'cancel' }
  | { type: 'type'; text: string }
  | { type: 'erase' }
  | { type: 'move'; by: 1 | -1 }
  | { type: 'confirm' }
  | { type: 'back-to-history' }
  | { type: 'reveal-answers' }
  | { type: 'say'; message: string }
  | { type: 'toggle-present' }
  | { type: 'page'; by: 1 | -1 }
  | { type: 'toggle-whole-debrief' }
  | { type: 'saved'; branch: Timeline; path: string; message: string }
  | { type: 'offer-what-ifs'; index: number; channel: ChannelId; options: WhatIf[] }
  | { type: 'branched'; index: number; branch: Timeline; words: string }
  | { type: 'key'; input: string; key: KeyInfo }
  /** More of history has been simulated (`done`: all of it). */
  | { type: 'simulated'; done: boolean };

export interface StartOptions {
  /** The language every message is said in. */
  lang?: Lang;
  present?: boolean;
  /** History is still being simulated behind the screen. */
  simulating?: boolean;
}

/** The UI's state at the first frame. */
export function initialState(history: Timeline, options: StartOptions = {}): UiState {
  return {
    lang: options.lang ?? 'en',
    history,
    branch: null,
    index: 0,
    playing: false,
    speed: 1,
    skipChecks: false,
    follow: null,
    scroll: 0,
    mode: { kind: 'browse' },
    message: null,
    answersAt: null,
    simulating: options.simulating ?? false,
    pending: null,
    present: options.present ?? false,
    storyPage: 0,
    saved: null,
    quitAsked: false,
    request: null,
  };
}

export const shown = (state: UiState): Timeline => state.branch ?? state.history;

/** True when the frames shown may still grow: history, while it is being simulated. */
export const growing = (state: UiState): boolean => state.simulating && state.branch === null;

export const at = (state: UiState, index: number, message: string | null = null): UiState => ({
  ...state,
  index,
  message,
});

export const channelName = (state: UiState, id: ChannelId): string =>
  state.history.scenario.channels.find((c) => c.id === id)?.name ?? id;
