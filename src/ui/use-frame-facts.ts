import { useMemo } from 'react';
import { questionsAt } from '../analysis/questions.js';
import type { ChannelId, Question } from '../model/scenario.js';
import type { Frame } from '../timeline/frame.js';
import { lastCheckAt, type LastCheck } from '../timeline/lastCheck.js';
import { scriptedUpTo } from '../timeline/scriptedIndex.js';
import type { Timeline } from '../timeline/timeline.js';
import type { Speaker } from '../words/speaker.js';
import { reachText, type ReachText } from './reach-text.js';
import { useSpeaker } from './use-words.js';

/** What the panels show of one frame that takes looking beyond it: worked out once, shared. */
export interface FrameFacts {
  /** Each channel's latest check call at or before the frame. */
  lastChecks: ReadonlyMap<ChannelId, LastCheck | null>;
  /** Whether and how the two sides can reach each other. */
  reach: ReachText;
  /** The scripted frames up to this one, oldest first, as many as the story has lines. */
  story: readonly Frame[];
  /** The class questions asked at this frame. */
  questions: readonly Question[];
}

export function frameFacts(timeline: Timeline, index: number, say: Speaker, storyLines: number): FrameFacts {
  const { scenario, frames } = timeline;
  const frame = frames[index]!;
  return {
    lastChecks: new Map(scenario.channels.map((c) => [c.id, lastCheckAt(frames, index, c.id)])),
    reach: reachText(scenario, frame, say),
    story: scriptedUpTo(frames, index, storyLines),
    questions: questionsAt(frames, scenario.questions, index),
  };
}

/**
 * The frame's facts, computed once per frame outside the panels' render (and again only when
 * the frame, the language or the story's height change). Every fact looks back from the frame,
 * never past it, so frames simulated later change none of them: a slice of history arriving
 * redraws the counter and the strip, not the panels.
 */
export function useFrameFacts(timeline: Timeline, index: number, storyLines: number): FrameFacts {
  const say = useSpeaker(timeline.scenario);
  return useMemo(() => frameFacts(timeline, index, say, storyLines), [timeline, index, say, storyLines]);
}
