import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../src/words/index.js';

describe('Korean what-if words', () => {
  const ko = wordsFor('ko');

  it('say what history had with the copula each status word takes', () => {
    // 가동, 제한, 단절 end in a consonant: 이었음; a word ending in a vowel would take 였음.
    for (const status of Object.values(ko.status))
      expect(ko.ui.wasInHistory(status)).toBe(`≠ 실제: ${status}이었음`);
    expect(ko.ui.wasInHistory('미개소')).toBe('≠ 실제: 미개소였음');
  });

  it('pick the particle after the size a screen needs from how the number is read', () => {
    // 16 (십육) ends in a consonant: 60×16이; 24 (이십사) in a vowel: 60×24가.
    expect(ko.ui.tooSmall(50, 10, 60, 16)).toContain('60×16이 필요합니다');
    expect(ko.ui.tooSmall(50, 10, 60, 24)).toContain('60×24가 필요합니다');
  });

  it('say a status with 가동, not 개통, in the tables as on the board', () => {
    expect(Object.values(ko.status)).toEqual(['가동', '제한', '단절']);
    expect(ko.handout.figureHead.open).toBe(ko.status.open);
  });

  it('title a branch apart from the what-if tag beside it', () => {
    expect(ko.ui.branchTitle).not.toBe('가정');
  });
});
