import type { ChannelStatus, Question, Scenario } from '../model/scenario.js';
import type { Frame } from '../timeline/frame.js';
import { checkNarration } from '../timeline/narrate.js';
import type { Lang } from '../words/lang.js';
import { speakerFor } from '../words/speaker.js';
import { clip, truncate, wrap } from './format.js';

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
  /** The language to say it in; English unless given. */
  lang?: Lang;
}

/** "HISTORICAL · North acts", "WHAT IF · counterfactual, not history": the panel's title. */
export function frameTag({ scenario, frame, branchFrom, lang }: NarrationInput): Line {
  const say = speakerFor(scenario, lang);
  const w = say.words.ui.tag;
  if (frame.kind === 'what-if') return { text: w.whatIf, tone: 'counterfactual' };
  const inBranch = branchFrom !== null && frame.index > branchFrom;
  const counterfactual = !inBranch && frame.event?.tag === 'counterfactual';
  const tag = inBranch ? w.notHistory : counterfactual ? w.counterfactual : w.historical;
  const side = frame.event?.side ?? null;
  const who =
    frame.kind === 'start'
      ? w.start
      : frame.kind === 'checks'
        ? w.checks
        : side === 'both'
          ? w.bothAct
          : side === 'nature'
            ? w.nature
            : w.acts(say.actor(side));
  return { text: w.line(tag, who), tone: inBranch || counterfactual ? 'counterfactual' : 'history' };
}

/** What the narration panel says about a frame, fitted to `count` lines of `width`. */
export function narrationLines(input: NarrationInput, width: number, count: number): Line[] {
  const { scenario, frame } = input;
  const say = speakerFor(scenario, input.lang);
  const w = say.words.ui;
  const notes: Line[] = [];
  for (const r of frame.refused) notes.push({ text: w.refusedHere(r.message), tone: 'note' });
  if (input.differs.size > 0) {
    const parts = [...input.differs].map(([id, was]) =>
      w.differsOne(say.channelName(id), say.words.status[was]),
    );
    notes.push({ text: w.differs(parts), tone: 'note' });
  }
  // A question takes up to two lines; once its answer is revealed, the question gives up a
  // line and the answer takes up to three.
  const questions = input.questions.flatMap((q) =>
    input.showAnswers
      ? [
          { text: w.question(q.ask), lines: 1 },
          { text: w.answer(q.answer), lines: 3 },
        ]
      : [{ text: w.questionHint(q.ask), lines: 2 }],
  );
  const source = frame.event?.source ? [{ text: w.source(frame.event.source), tone: 'dim' as const }] : [];
  const noteLines = notes.flatMap((n) => clip(wrap(n.text, width), 2, width).map((text) => ({ ...n, text })));
  const fixed = noteLines;
  // The story comes first; questions for the class (two lines each at most) share what is
  // left, and the source keeps one line.
  // A revealed answer also takes the source's line: the source was on screen before.
  const sourceLines = input.showAnswers ? [] : source.map((l) => ({ ...l, text: truncate(l.text, width) }));
  const questionLines = questions.flatMap((q) => clip(wrap(q.text, width), q.lines, width));
  // A scripted event the branch refused still has history's words: say whose they are.
  // Check calls are narrated from their facts, in the screen's language.
  const narration =
    frame.kind === 'checks'
      ? checkNarration(frame.checks, say.channelName, frame.at, scenario.zone, say.lang)
      : frame.narration;
  const said = frame.refused.length > 0 && input.branchFrom !== null ? w.inHistory(narration) : narration;
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
