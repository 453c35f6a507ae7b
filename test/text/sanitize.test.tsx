import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderExport, EXPORT_FORMATS } from '../../src/export/exportScenario.js';
import { runReport } from '../../src/report/json.js';
import { formatRunText } from '../../src/report/text.js';
import { formatProblem, parseScenarioText } from '../../src/scenario/load.js';
import { openScenarioText } from '../../src/session/open.js';
import { scenarioToYaml } from '../../src/scenario/write.js';
import { cleanStrings, cleanText, quote, shorten, visibleControls } from '../../src/text/sanitize.js';
import { displayWidth } from '../../src/text/width.js';
import { App } from '../../src/ui/App.js';
import { plain, renderAt } from '../ui/render-at.js';

/** C0 but tab and newline, DEL, C1, the separators and the bidi controls. */
// eslint-disable-next-line no-control-regex -- control characters are what this test looks for
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const HOSTILE = 'test/fixtures/hostile/controls.yaml';

describe('cleaning text', () => {
  it('shows each control visibly instead of dropping it', () => {
    expect(visibleControls('a\u001b]0;x\u0007b')).toBe('a␛]0;x␇b');
    expect(visibleControls('\u0000\u007f\u009b\u202e')).toBe('␀␡\\u009b\\u202e');
    expect(visibleControls('tab\tand\nnewline stay')).toBe('tab\tand\nnewline stay');
    expect(cleanText('one\u2028two\u2029three')).toBe('one\ntwo\nthree');
    expect(cleanText('한국어 — “quotes” ✓')).toBe('한국어 — “quotes” ✓');
  });

  it('cleans keys and values of parsed data and keeps "__proto__" an ordinary key', () => {
    const data = JSON.parse('{"__proto__": {"a\\u001b": ["\\u001b[31m"]}}') as Record<string, unknown>;
    const clean = cleanStrings(data);
    expect(Object.hasOwn(clean, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(clean)).toBe(Object.prototype);
    expect(clean['__proto__']).toEqual({ 'a␛': ['␛[31m'] });
  });

  it('quotes someone else’s text on one line, at most 40 columns', () => {
    expect(quote('short')).toBe('"short"');
    const long = shorten('x'.repeat(1_000_000));
    expect(displayWidth(long)).toBe(40);
    expect(long.endsWith('…')).toBe(true);
    expect(displayWidth(shorten('한'.repeat(100)))).toBeLessThanOrEqual(40);
    expect(shorten('line\nbreak')).toBe('line␊break');
    // Zero-width marks cost no columns but still end in an ellipsis when cut.
    expect(shorten(`a${'\u0301'.repeat(500)}`).endsWith('…')).toBe(true);
  });
});

describe('no face lets a control character from a scenario through', () => {
  const loaded = openScenarioText(readFileSync(HOSTILE, 'utf8'), HOSTILE);
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => formatProblem(p)).join('\n'));
  const { timeline } = loaded;

  it('the scenario still carries the text, with the bytes made visible', () => {
    expect(timeline.scenario.title).toBe('Title ␛]0;pwned␇ set \\u009b31m red \\u202e reversed');
    expect(timeline.scenario.zone.label(timeline.scenario.start)).toBe('K␛[5mST');
  });

  it('run text, run --json, every export and a saved what-if', () => {
    const faces: Record<string, string> = {
      text: formatRunText(timeline),
      json: JSON.stringify(runReport(timeline)),
      what_if: scenarioToYaml(timeline.scenario),
    };
    for (const format of EXPORT_FORMATS) faces[format] = renderExport(timeline, format);
    for (const [face, text] of Object.entries(faces)) {
      expect(text, face).not.toMatch(CONTROL);
      if (face !== 'json' && face !== 'what_if') expect(text, face).toContain('pwned');
    }
    // JSON escapes controls anyway; what it holds must be clean too.
    expect(JSON.stringify(runReport(timeline))).not.toMatch(/\\u00[01][0-9a-f]|\\u007f/i);
  });

  it('the play screen', async () => {
    const app = await renderAt(<App timeline={timeline} columns={100} rows={30} color={false} />, 100, 30);
    try {
      for (const keys of ['\x1b[C', '\x1b[C', 'd']) await app.press(keys).catch(() => undefined);
      // Ink's own cursor and colour sequences aside, no control remains on any frame.
      for (const frame of app.stdout.frames) expect(plain(frame)).not.toMatch(CONTROL);
      expect(app.stdout.frames.map(plain).join('\n')).toContain('Title ␛]0;pwned␇');
    } finally {
      app.instance.unmount();
    }
  });

  it('validate messages, which quote raw file text and the file name', () => {
    const text = 'id: "x\\e]0;t\\a"\nti\u001btle: 1\n';
    const result = parseScenarioText(text, 'bad\u001b[31m.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.problems.map((p) => formatProblem(p)).join('\n');
    expect(messages).not.toMatch(CONTROL);
    expect(messages).toContain('bad␛[31m.yaml:1:5: the scenario id "x␛]0;t␇"');
    expect(messages).toContain('unknown key "ti␛tle"');
  });
});
