import { describerFor } from '../channels/describe.js';
import type { ChannelStatus, Question, Scenario } from '../model/scenario.js';
import type { Frame } from '../timeline/frame.js';
import { STATUS_WORD, clip, truncate, wrap } from './format.js';

export type Tone = 'plain' | 'history' | 'counterfactual' | 'note' | 'dim' | 'question';
export interface Line {
  text: string;
  tone: Tone;
}

export interface NarrationInput {
  scenario: Scenario;
  frame: Frame;
  /** The scenario's questions for the class at this frame. */
  questions: readonly Question[];
  /** Whether their answers have been revealed (key a). */
  showAnswers: boolean;
  /** Where the shown branch left history; null when showing history. */
  branchFrom: number | null;
  differs: ReadonlyMap<string, ChannelStatus>;
}

/** "HISTORICAL · North acts", "WHAT IF · counterfactual, not history": the panel's title. */
export function frameTag({ scenario, frame, branchFrom }: NarrationInput): Line {
  const say = describerFor(scenario);
  if (frame.kind === 'what-if') return { text: 'WHAT IF · not history', tone: 'counterfactual' };
  const inBranch = branchFrom !== null && frame.index > branchFrom;
  const tag = inBranch
    ? 'NOT HISTORY'
    : frame.event?.tag === 'counterfactual'
      ? 'COUNTERFACTUAL'
      : 'HISTORICAL';
  const side = frame.event?.side ?? null;
  const who =
    frame.kind === 'start'
      ? 'start'
      : frame.kind === 'checks'
        ? 'routine checks'
        : side === 'both'
          ? 'both sides act'
          : side === 'nature'
            ? "nature: no one's choice"
            : `${say.actor(side)} acts`;
  return {
    text: `${tag} · ${who}`,
    tone: inBranch || tag === 'COUNTERFACTUAL' ? 'counterfactual' : 'history',
  };
}

/** What the narration panel says about a frame, fitted to `count` lines of `width`. */
export function narrationLines(input: NarrationInput, width: number, count: number): Line[] {
  const { scenario, frame } = input;
  const names = new Map(scenario.channels.map((c) => [c.id, c.name]));
  const notes: Line[] = [];
  for (const r of frame.refused)
    notes.push({ text: `Could not happen in this branch: ${r.message}`, tone: 'note' });
  if (input.differs.size > 0) {
    const parts = [...input.differs].map(
      ([id, was]) => `${names.get(id) ?? id} (history: ${STATUS_WORD[was]})`,
    );
    notes.push({ text: `Differs from history: ${parts.join(', ')}`, tone: 'note' });
  }
  // A question takes up to two lines; once its answer is revealed, the question gives up a
  // line and the answer takes up to three.
  const questions = input.questions.flatMap((q) =>
    input.showAnswers
      ? [
          { text: `Question: ${q.ask}`, lines: 1 },
          { text: `Answer: ${q.answer}`, lines: 3 },
        ]
      : [{ text: `Question (a: answer): ${q.ask}`, lines: 2 }],
  );
  const source = frame.event?.source ? [{ text: `Source: ${frame.event.source}`, tone: 'dim' as const }] : [];
  const noteLines = notes.flatMap((n) => clip(wrap(n.text, width), 2, width).map((text) => ({ ...n, text })));
  const fixed = noteLines;
  // The story comes first; questions for the class (two lines each at most) share what is
  // left, and the source keeps one line.
  // A revealed answer also takes the source's line: the source was on screen before.
  const sourceLines = input.showAnswers ? [] : source.map((l) => ({ ...l, text: truncate(l.text, width) }));
  const questionLines = questions.flatMap((q) => clip(wrap(q.text, width), q.lines, width));
  // A scripted event the branch refused still has history's words: say whose they are.
  const said =
    frame.refused.length > 0 && input.branchFrom !== null
      ? `In history: ${frame.narration}`
      : frame.narration;
  const storyLines = wrap(said, width);
  const room = Math.max(1, count - fixed.length - sourceLines.length);
  // Once the teacher reveals an answer, it gets the room and the story shrinks to one line.
  const storyMinimum = input.showAnswers ? 1 : 2;
  const storyRoom = Math.min(storyLines.length, Math.max(storyMinimum, room - questionLines.length));
  const story = clip(storyLines, storyRoom, width).map((text): Line => ({ text, tone: 'plain' }));
  const asked = clip(questionLines, room - story.length, width).map((text): Line => ({
    text,
    tone: 'question',
  }));
  const extra = [...asked, ...sourceLines];
  return [...fixed, ...story, ...extra].slice(0, count);
}
