import * as stringWidthModule from 'string-width';
import { describe, expect, it } from 'vitest';

// patches/string-width+8.3.0.patch: string-width tests a cheap necessary condition (an
// Emoji_Presentation code point or U+FE0F) before its RGI_Emoji regex, whose first use costs
// about 20 ms of every start of the screen. The guard must never change a width: whenever the
// unpatched rule (the RGI_Emoji regex) says "emoji", the guard must say "maybe".
const { mayBeRgiEmojiRegex: guard } = stringWidthModule as { mayBeRgiEmojiRegex?: RegExp };
const stringWidth = stringWidthModule.default;
// Built with `new RegExp`: TypeScript's target (ES2022) has no `v` flag in literals.
const rgiEmoji = new RegExp('^\\p{RGI_Emoji}$', 'v');

/** The candidates the guard turned away that the unpatched rule calls emoji. */
function missed(candidates: Iterable<string>): string[] {
  const wrong: string[] = [];
  for (const text of candidates) if (!guard!.test(text) && rgiEmoji.test(text)) wrong.push(text);
  return wrong;
}

const codePoints = function* () {
  for (let cp = 0; cp <= 0x10ffff; cp++) yield String.fromCodePoint(cp);
};
const emoji = [...codePoints()].filter((c) => /\p{Emoji}/u.test(c));

describe("string-width's emoji test, as patched", () => {
  it('is patched (npm ci applies patches/)', () => {
    expect(guard, 'patches/string-width+8.3.0.patch is not applied').toBeInstanceOf(RegExp);
  });

  it('lets through every single code point, and every one followed by U+FE0F or U+20E3, that is an RGI emoji', () => {
    const each = function* () {
      for (const c of codePoints()) yield* [c, `${c}\uFE0F`, `${c}\u20E3`];
    };
    expect(missed(each())).toEqual([]);
  });

  it('lets through every RGI emoji made of two emoji code points, side by side or joined by ZWJ', () => {
    expect(emoji.length).toBeGreaterThan(1000);
    const pairs = function* () {
      for (const a of emoji) for (const b of emoji) yield* [a + b, `${a}\u200D${b}`];
    };
    expect(missed(pairs())).toEqual([]);
  });

  it('still counts emoji of every kind as two columns, and the text around them as before', () => {
    for (const text of ['😀', '❤️', '🇰🇷', '👍🏽', '1️⃣', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '👩‍💻', '🏳️‍🌈'])
      expect(stringWidth(text), text).toBe(2);
    expect(stringWidth('● 남북 ⇄ ─┐')).toBe(11);
    expect(stringWidth('❤')).toBe(1);
  });
});
