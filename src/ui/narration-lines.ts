import type { ChannelStatus, Question, Scenario } from '../model/scenario.js';
import type { Frame } from '../timeline/frame.js';
import { checkNarration } from '../timeline/narrate.js';
import type { Lang } from '../words/lang.js';
import { speakerFor } from '../words/speaker.js';
import { clip, truncate, wrap } from './format.js';
import { sameFields } from './same-fields.js';
import { frameNarration } from '../words/event.js';

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
  // Narration that names no one (background, where things stand) is nobody's act: the tag alone.
  if (frame.kind === 'event' && side === null)
    return { text: tag, tone: inBranch || counterfactual ? 'counterfactual' : 'history' };
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

/**
 * Everything the narration panel says about a frame, word-wrapped to `width`, uncut: the
 * notes, the story, the class's questions and revealed answers (`essential`), and the source
 * (`extra`: said whole after the story, on its last page when the story pages).
 */
export function narrationContent(given: NarrationInput, width: number): NarrationContent {
  // The layout asks what the panel needs and the panel then draws it: word-wrap it once.
  // No language given is English, so both asks are one input.
  const input = { ...given, lang: given.lang ?? 'en' };
  if (last && last.width === width && sameFields(last.input, input)) return last.content;
  const content = wrapNarration(input, width);
  last = { input, width, content };
  return content;
}

interface NarrationContent {
  essential: Line[];
  extra: Line[];
  answerAt: number | null;
}

let last: { input: NarrationInput; width: number; content: NarrationContent } | null = null;

function wrapNarration(input: NarrationInput, width: number): NarrationContent {
  const { scenario, frame } = input;
  const say = speakerFor(scenario, input.lang);
  const w = say.words.ui;
  const notes: Line[] = [];
  for (const r of frame.refused) notes.push({ text: w.refusedHere(r.said[say.lang]), tone: 'note' });
  if (input.differs.size > 0) {
    const parts = [...input.differs].map(([id, was]) =>
      w.differsOne(say.channelName(id), say.words.status[was]),
    );
    notes.push({ text: w.differs(parts), tone: 'note' });
  }
  // A scripted event the branch refused still has history's words: say whose they are.
  // Check calls are narrated from their facts, in the screen's language.
  const narration =
    frame.kind === 'checks'
      ? checkNarration(frame.checks, say.channelName, frame.at, scenario.zone, say.lang)
      : frameNarration(frame, say);
  const said = frame.refused.length > 0 && input.branchFrom !== null ? w.inHistory(narration) : narration;
  const questions: Line[] = input.questions.flatMap((q) =>
    input.showAnswers
      ? [
          { text: w.question(q.ask), tone: 'question' as const },
          { text: w.answer(q.answer), tone: 'question' as const },
        ]
      : [{ text: w.questionHint(q.ask), tone: 'question' as const }],
  );
  const wrapped = (lines: Line[]) =>
    lines.flatMap((l) => wrap(l.text, width).map((text) => ({ ...l, text })));
  const source: Line[] = frame.event?.source ? [{ text: w.source(frame.event.source), tone: 'dim' }] : [];
  const essential = wrapped([...notes, { text: said, tone: 'plain' }, ...questions]);
  const firstAnswer = input.questions[0] ? wrap(w.answer(input.questions[0].answer), width)[0] : undefined;
  const answerAt = input.showAnswers && firstAnswer ? essential.findIndex((l) => l.text === firstAnswer) : -1;
  return { essential, extra: wrapped(source), answerAt: answerAt < 0 ? null : answerAt };
}

/** How many lines the panel needs to say everything, its source included, at `width`. */
export function narrationNeed(input: NarrationInput, width: number): number {
  const { essential, extra } = narrationContent(input, width);
  return essential.length + extra.length;
}

/**
 * What the narration panel shows in `count` lines of `width`. Everything (the source too) fits, or
 * it is shown a page at a time with a last line that says so (`page` is taken modulo the
 * page count; a revealed answer starts on the page where the answer begins). Never a
 * silent cut.
 */
export function narrationLines(input: NarrationInput, width: number, count: number, page = 0): Line[] {
  const { essential, extra, answerAt } = narrationContent(input, width);
  // The source is said whole, wrapped: it follows the story, on its last page when it pages.
  const all = [...essential, ...extra];
  if (all.length <= count) return all;
  if (count < 2) {
    if (essential.length >= count) return essential.slice(0, count);
    return [
      ...essential,
      ...clip(
        extra.map((l) => l.text),
        count - essential.length,
        width,
      ).map(dim),
    ];
  }
  const per = count - 1;
  const pages = pagesOf(essential, extra, per);
  // Once revealed, the answer is what the class looks at: its page comes first.
  const start = answerAt === null ? 0 : Math.floor(answerAt / per);
  const shownPage = (((start + page) % pages.length) + pages.length) % pages.length;
  const c = speakerFor(input.scenario, input.lang).words.classroom;
  const total = pages.length;
  const marker = shownPage < total - 1 ? c.morePages(shownPage + 1, total) : c.lastPage(total);
  return [...pages[shownPage]!, { text: truncate(marker, width), tone: 'dim' }];
}

/**
 * The story a page of `per` lines at a time, then the source: on the last page if it fits
 * there whole, else on a page of its own, so it is never split from itself or cut.
 */
function pagesOf(essential: Line[], extra: Line[], per: number): Line[][] {
  const pages: Line[][] = [];
  for (let i = 0; i < essential.length; i += per) pages.push(essential.slice(i, i + per));
  const last = pages.at(-1);
  if (last && last.length + extra.length <= per) last.push(...extra);
  else for (let i = 0; i < extra.length; i += per) pages.push(extra.slice(i, i + per));
  return pages;
}

const dim = (text: string): Line => ({ text, tone: 'dim' });
