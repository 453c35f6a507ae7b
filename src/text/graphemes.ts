/**
 * Intl.Segmenter's grapheme clusters, without ICU's segmenter where it is not needed. The
 * first Intl.Segmenter a process makes loads ICU's break rules, 10 ms or more of every start
 * of the screen, and the width libraries each make one as they load. Text in which no code
 * point can join a neighbour (no mark, joiner, format character, Hangul jamo, regional
 * indicator, emoji modifier, CR or prepended mark) is one cluster a code point and is split
 * here; any other text goes to a real Intl.Segmenter, made at its first use. scripts/build.mjs
 * puts this class in place of the segmenters string-width, slice-ansi and ansi-tokenize make.
 */

/**
 * Every code point whose Grapheme_Cluster_Break class can join a neighbour (UAX #29): Extend
 * (with the emoji modifiers), ZWJ and the other format characters, SpacingMark (with Thai and
 * Lao AM), Prepend, Regional_Indicator, the Hangul jamo L, V and T, and CR. The remaining
 * classes (Other, Control, LF, LV, LVT) never join one another. test/text/graphemes.test.ts
 * holds this list to ICU's segmenter for every code point.
 */
const MAY_JOIN =
  /[\p{Grapheme_Extend}\p{Emoji_Modifier}\p{Regional_Indicator}\p{Mc}\p{Cf}\r\u0E33\u0EB3\u0D4E\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\u{111C2}\u{111C3}\u{1193F}\u{11941}\u{11A3A}\u{11A84}-\u{11A89}\u{11D46}\u{11F02}\u{113D1}\u{16D63}\u{16D67}-\u{16D6A}]/u;

/** Whether `text` is one cluster a code point for certain, and is split without ICU. */
export const splitsAlone = (text: string): boolean => !MAY_JOIN.test(text);

interface Segment {
  segment: string;
  index: number;
  input: string;
}

/** `text` split into code points, in the shape of Intl.Segmenter's segments. */
class CodePointSegments implements Iterable<Segment> {
  constructor(readonly input: string) {}

  *[Symbol.iterator](): Iterator<Segment> {
    const input = this.input;
    let index = 0;
    for (const segment of input) {
      yield { segment, index, input };
      index += segment.length;
    }
  }

  /** The cluster that holds the code unit at `index`, as Intl.Segmenter's `containing`. */
  containing(index = 0): Segment | undefined {
    const input = this.input;
    // As Intl reads it: toward zero, NaN as 0.
    let start = Math.trunc(Number(index)) || 0;
    if (start < 0 || start >= input.length) return undefined;
    const low = (at: number) => (input.charCodeAt(at) & 0xfc00) === 0xdc00;
    const high = (at: number) => (input.charCodeAt(at) & 0xfc00) === 0xd800;
    if (low(start) && start > 0 && high(start - 1)) start -= 1;
    const length = high(start) && low(start + 1) ? 2 : 1;
    return { segment: input.slice(start, start + length), index: start, input };
  }
}

/** A stand-in for `new Intl.Segmenter(locales, options)` that makes the real one only when needed. */
export class GraphemeSegmenter {
  readonly #locales: string | string[] | undefined;
  readonly #options: Intl.SegmenterOptions | undefined;
  #real: Intl.Segmenter | undefined;

  constructor(locales?: string | string[], options?: Intl.SegmenterOptions) {
    this.#locales = locales;
    this.#options = options;
  }

  segment(text: string): Iterable<Segment> & { containing(index?: number): Segment | undefined } {
    const input = String(text);
    if ((this.#options?.granularity ?? 'grapheme') === 'grapheme' && splitsAlone(input))
      return new CodePointSegments(input);
    return this.#segmenter.segment(input);
  }

  resolvedOptions(): Intl.ResolvedSegmenterOptions {
    return this.#segmenter.resolvedOptions();
  }

  /** The real Intl.Segmenter, made the first time one is needed (loading ICU's rules is slow). */
  get #segmenter(): Intl.Segmenter {
    return (this.#real ??= new Intl.Segmenter(this.#locales, this.#options));
  }
}
