import { describe, expect, it } from 'vitest';
import { htmlHandout } from '../../src/export/html.js';
import { markdownHandout } from '../../src/export/markdown.js';
import { formatRunText } from '../../src/report/text.js';
import { openScenario, openScenarioText } from '../../src/session/open.js';

describe('two sides that never lost a direct channel', () => {
  // In March 2019 the office closed, but the telephone lines answered throughout.
  const opened = openScenario('march-2019-withdrawal');
  if (!opened.ok) throw new Error('the bundled scenario should load');
  const { timeline } = opened;

  it('are said to have had one the whole time, in the debrief and the handouts, not "for 0 min"', () => {
    const faces = {
      text: formatRunText(timeline, {}),
      textKo: formatRunText(timeline, { lang: 'ko' }),
      md: markdownHandout(timeline, { answers: true, ref: 'x' }),
      html: htmlHandout(timeline, { answers: true, ref: 'x', lang: 'ko' }),
    };
    expect(faces.text).toContain('South ⇄ North: a direct channel open the whole time');
    expect(faces.textKo).toContain('South ⇄ North: 기간 내내 직접 채널 유지');
    expect(faces.md).toContain('South and North had a direct channel open the whole time.');
    // South ends in 에이치: 와, not 과 or 와(과).
    expect(faces.html).toContain('South과(와) North 사이에는 기간 내내 직접 채널이 열려 있었습니다.');
    for (const [face, text] of Object.entries(faces)) {
      expect(text, face).not.toMatch(/for 0 min|0 min \(0%\)|0분/);
    }
  });

  it('count one event and one check in the singular', () => {
    const one = openScenarioText(
      [
        'id: one',
        'title: One of each',
        'start: 2019-03-21T08:00+09:00',
        'end: 2019-03-21T18:00+09:00',
        'parties: { south: { name: South }, north: { name: North } }',
        "channels: { line: { kind: hotline, name: Line, checks: { at: ['09:00'], days: daily } } }",
        'events:',
        '  - { at: 2019-03-21T10:00+09:00, side: north, channel: line, do: stop-answering }',
      ].join('\n'),
      'one.yaml',
    );
    if (!one.ok) throw new Error(JSON.stringify(one.problems));
    expect(formatRunText(one.timeline, {})).toContain('frames: 3 (1 event, 1 routine check)');
  });
});
