import { describe, expect, it } from 'vitest';
import { textChart } from '../../src/export/textChart.js';
import { formatRunText } from '../../src/report/text.js';
import { displayWidth, padEnd, padStart, shortenByWords, truncate, wrap } from '../../src/text/width.js';
import { koreanTimeline } from '../support/korean.js';

const NAME = '남북공동연락사무소 연락선';

describe('text measured in terminal columns', () => {
  it('counts a Hangul syllable as two columns', () => {
    expect(displayWidth(NAME)).toBe(25);
    expect(displayWidth('Liaison line')).toBe(12);
  });

  it('truncates to at most the width, even when a wide character sits at the cut', () => {
    for (let width = 1; width <= 26; width++) {
      const cut = truncate(NAME, width);
      expect(displayWidth(cut)).toBeLessThanOrEqual(width);
      if (width < 25) expect(cut.endsWith('…')).toBe(true);
    }
    expect(truncate(NAME, 10)).toBe('남북공동…');
    expect(truncate('short', 10)).toBe('short');
  });

  it('pads to exactly the width', () => {
    expect(displayWidth(padEnd(NAME, 12))).toBe(12);
    expect(displayWidth(padStart('연락선', 9))).toBe(9);
    expect(padEnd('abc', 5)).toBe('abc  ');
  });

  it('wraps by columns, keeping words whole where they fit', () => {
    const lines = wrap('남북공동연락사무소 연락선은 2020년 6월 16일에 폭파되었다', 12);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(12);
    expect(lines.join(' ')).toContain('연락선은');
    expect(wrap('The office is closed. Can they talk?', 14)).toEqual([
      'The office is',
      'closed. Can',
      'they talk?',
    ]);
  });
});

describe('shortening by whole words', () => {
  it('ends at a word, with an ellipsis, within the width', () => {
    const text = 'Presenter mode: the story in full, play stops at each question';
    expect(shortenByWords(text, 100)).toBe(text);
    const short = shortenByWords(text, 40);
    expect(short).toBe('Presenter mode: the story in full, play…');
    expect(displayWidth(short)).toBeLessThanOrEqual(40);
    // Korean words are measured in columns: two a syllable.
    const ko = shortenByWords('발표 모드: 이야기 전체 표시, 질문에서 재생 멈춤', 20);
    expect(ko).toBe('발표 모드: 이야기…');
    expect(displayWidth(ko)).toBeLessThanOrEqual(20);
  });

  it('reads runs of white space as one, and never ends on a space or a mark before the ellipsis', () => {
    expect(shortenByWords('The office\n  is   closed', 40)).toBe('The office is closed');
    expect(shortenByWords('Talks end, both sides walk out', 14)).toBe('Talks end…');
    expect(shortenByWords('The U.S. - Soviet line', 12)).toBe('The U.S…');
  });

  it('cuts through the last word when a cut at a word would keep too little of the room', () => {
    const name = 'Talks at Panmunjomhouse';
    // By whole words only (the board), the name keeps two words.
    expect(shortenByWords(name, 16)).toBe('Talks at…');
    // A chart label would rather lose half a word than most of its room.
    const label = shortenByWords(name, 16, 0.6);
    expect(label).toBe('Talks at Panmun…');
    expect(displayWidth(label)).toBeLessThanOrEqual(16);
    expect(shortenByWords('Joint Liaison Office (Kaesong)', 21, 0.6)).toBe('Joint Liaison Office…');
  });
});

describe('a cut text', () => {
  it('ends with the ellipsis straight after the last character kept, never after a space', () => {
    for (let width = 2; width < 30; width++) {
      const cut = truncate('Joint Liaison Office (Kaesong)', width);
      expect(cut, String(width)).not.toMatch(/\s…$/u);
      expect(displayWidth(cut)).toBeLessThanOrEqual(width);
    }
    expect(truncate('Joint Liaison Office', 15)).toBe('Joint Liaison…');
    expect(truncate('남북 연락선', 6)).toBe('남북…');
    expect(padEnd('Joint Liaison Office', 15)).toBe('Joint Liaison… ');
  });
});

describe('faces measured in columns', () => {
  it('lines up the channel table of the text report with Korean names', () => {
    const lines = formatRunText(koreanTimeline()).split('\n');
    const rows = lines.filter((l) => /^ {4}\S.* {2}(OPEN|DEGRADED|CLOSED) /.test(l));
    expect(rows).toHaveLength(5);
    const column = (l: string) => displayWidth(l.slice(0, l.search(/(OPEN|DEGRADED|CLOSED) /)));
    expect(new Set(rows.map(column)).size).toBe(1);
  });

  it('lines up the text chart with Korean names', () => {
    const lines = textChart(koreanTimeline(), 40).slice(1, -1);
    expect(lines).toHaveLength(6);
    expect(new Set(lines.map(displayWidth)).size).toBe(1);
  });
});
