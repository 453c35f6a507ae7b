import { describe, expect, it } from 'vitest';
import { labelWidth, timelineSvg } from '../../src/export/svg.js';
import { simulate } from '../../src/timeline/simulate.js';
import type { Timeline } from '../../src/timeline/timeline.js';
import type { Lang } from '../../src/words/lang.js';
import { koreanTimeline } from '../support/korean.js';
import { withIntermediary } from '../support/intermediary.js';
import { findAll, parseXml, textOf } from './wellFormed.js';

/** Every word drawn inside a lane, with the width of the stretch it sits in. */
function laneWords(timeline: Timeline, lang: Lang): { word: string; drawn: number; room: number }[] {
  const { root } = parseXml(timelineSvg(timeline, lang));
  const out: { word: string; drawn: number; room: number }[] = [];
  for (const group of findAll(root!, (e) => e.attrs['data-lane'] !== undefined)) {
    const id = group.attrs['data-lane']!;
    const rects = findAll(group, (e) => e.name === 'rect' && e.children.length > 0);
    const words = findAll(root!, (e) => e.attrs['data-lane-words'] === id)[0]!;
    for (const t of findAll(words, (e) => e.name === 'text')) {
      const cx = Number(t.attrs.x);
      const rect = rects.find(
        (r) => Number(r.attrs.x) <= cx && cx <= Number(r.attrs.x) + Number(r.attrs.width),
      )!;
      out.push({
        word: textOf(t),
        drawn: labelWidth(textOf(t), Number(t.attrs['font-size'])),
        room: Number(rect.attrs.width),
      });
    }
  }
  return out;
}

describe('SVG labels fit their lanes, measured by display width', () => {
  it('counts a Hangul syllable as two columns when fitting a word', () => {
    expect(labelWidth('남북 연락채널', 12)).toBe(labelWidth('a'.repeat(13), 12));
    expect(labelWidth('연락', 12)).toBe(labelWidth('abcd', 12));
  });

  it.each([
    ['the Korean edition, in Korean', () => koreanTimeline(), 'ko'],
    ['the Korean edition, in English', () => koreanTimeline(), 'en'],
    ['a week with an intermediary, in Korean', () => simulate(withIntermediary()), 'ko'],
    ['a week with an intermediary', () => simulate(withIntermediary()), 'en'],
  ] as const)('no word in %s is wider than its stretch', (_, make, lang) => {
    const words = laneWords(make(), lang);
    expect(words.length).toBeGreaterThan(0);
    for (const w of words) expect(w.drawn, w.word).toBeLessThanOrEqual(w.room);
  });

  it('speaks Korean in Korean: legend, lanes, dates and the key', () => {
    const svg = timelineSvg(koreanTimeline(), 'ko');
    for (const words of [
      '가동',
      '단절',
      '제한',
      '여러 경로',
      '2019년 3월 21일 08:00',
      '남측 ⇄ 북측',
      '22일 (금)',
    ])
      expect(svg).toContain(words);
    expect(svg).not.toMatch(/>(open|closed|degraded|Channel|Sides|Events)</);
  });
});
