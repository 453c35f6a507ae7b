import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../src/words/index.js';

describe('Korean what-if words', () => {
  const ko = wordsFor('ko');

  it('say what history had with the copula every status word takes', () => {
    // 개통, 불완전, 단절 all end in a consonant: 이었음, never 였음.
    for (const status of Object.values(ko.status))
      expect(ko.ui.wasInHistory(status)).toBe(`≠ 역사: ${status}이었음`);
  });

  it('title a branch apart from the what-if tag beside it', () => {
    expect(ko.ui.branchTitle).not.toBe('가정');
  });
});
