import { describe, expect, it } from 'vitest';
import { GraphemeSegmenter, splitsAlone } from '../../src/text/graphemes.js';

const icu = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const ours = new GraphemeSegmenter(undefined, { granularity: 'grapheme' });
const clusters = (segments: Iterable<{ segment: string; index: number }>) =>
  [...segments].map(({ segment, index }) => `${index}:${segment}`);

describe('grapheme clusters without ICU where no code point can join', () => {
  it('takes for lone only code points ICU splits from themselves, a letter and LF', () => {
    // Each class that joins does so with itself (L, V, T, RI, Prepend), after a letter
    // (Extend, ZWJ, SpacingMark) or before LF (CR): a code point taken for a lone one by
    // mistake makes a cluster of more than one code point here. Unassigned and private-use
    // code points are of class Other or Control (UAX #29) and are left out, to keep this
    // quick; ICU's time grows faster than its text, so it reads 64 code points at a time.
    const joined: string[] = [];
    const check = (text: string) => {
      for (const { segment } of icu.segment(text))
        if ([...segment].length > 1)
          joined.push([...segment].map((c) => c.codePointAt(0)!.toString(16)).join('+'));
    };
    let text = '';
    let checked = 0;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const c = String.fromCodePoint(cp);
      if (!splitsAlone(c) || /[\p{Cn}\p{Co}]/u.test(c)) continue;
      text += `a${c}${c}\n`;
      if (++checked % 64 === 0) text = (check(text), '');
    }
    check(text);
    expect(checked).toBeGreaterThan(100_000);
    expect(joined).toEqual([]);
  });

  it('gives the clusters ICU gives for text of every kind, and the same containing cluster', () => {
    const texts = [
      '',
      'plain ASCII',
      '남북공동연락사무소 ● ⇄ ─┐│└',
      'e\u0301 combining, 👍🏽 modifier, 🇰🇷 flag, 👩‍💻 ZWJ, ❤️ FE0F, 1️⃣ keycap',
      '\u1100\u1161\u11A8 jamo, \r\n CRLF, \u0600\u0661 prepend, क्षि conjunct',
      '\u001B[31mred\u001B[39m 𝒳 astral \uD800 lone',
    ];
    for (const text of texts) {
      expect(clusters(ours.segment(text)), text).toEqual(clusters(icu.segment(text)));
      for (const index of [-1.5, -0.5, NaN, 1.7, Infinity, ...text.split('').keys(), text.length]) {
        const a = ours.segment(text).containing(index);
        const b = icu.segment(text).containing(index);
        expect(a && { segment: a.segment, index: a.index }, `${text} @${index}`).toEqual(
          b && { segment: b.segment, index: b.index },
        );
      }
    }
  });

  it('leaves granularities other than grapheme to ICU', () => {
    const words = new GraphemeSegmenter('en', { granularity: 'word' });
    expect(clusters(words.segment('two words'))).toEqual(['0:two', '3: ', '4:words']);
    expect(words.resolvedOptions().granularity).toBe('word');
  });
});
