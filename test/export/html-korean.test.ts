import { describe, expect, it } from 'vitest';
import { htmlHandout } from '../../src/export/html.js';
import { koreanTimeline } from '../support/korean.js';

describe('the Korean HTML handout', () => {
  const timeline = koreanTimeline();

  it('breaks lines between words and sets Hangul in a Korean face', () => {
    const ko = htmlHandout(timeline, { ref: 'x', lang: 'ko', answers: false });
    expect(ko).toContain('<html lang="ko">');
    expect(ko).toMatch(/word-break: keep-all/);
    expect(ko).toMatch(/font-family: 'Noto Sans CJK KR'/);
  });

  it('leaves the English page as it was', () => {
    const en = htmlHandout(timeline, { ref: 'x', lang: 'en', answers: false });
    expect(en).not.toMatch(/keep-all|Noto Sans CJK KR', 'Noto Sans KR/);
  });

  it('names the two sides with the particle their names take', () => {
    const key = htmlHandout(timeline, { ref: 'x', lang: 'ko', answers: true });
    // 남측 ends in ㄱ: 과, never 와(과).
    expect(key).toContain('남측과 북측 사이에는 기간 내내 직접 채널이 열려 있었습니다.');
  });
});

describe('the Korean Markdown handout', () => {
  it('lists a channel with 가운뎃점 between its facts, not English semicolons', async () => {
    const { markdownHandout } = await import('../../src/export/markdown.js');
    const md = markdownHandout(koreanTimeline(), { ref: 'x', lang: 'ko', answers: false });
    expect(md).toContain(
      '- **남북 연락채널**: 종류: 직통전화 (정부) · 당사자: 남측 – 북측 · 정기 점검: 평일 09:00, 17:00 · 시작 시 상태: 가동 (회선 정상, 양측 응답)',
    );
  });
});
