import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlHandout } from '../../src/export/html.js';
import { openScenario } from '../../src/session/open.js';

/*
 * The HTML handout in a real headless Chromium, printed to PDF on A4 and US Letter. One
 * browser for the whole file. Playwright gives every launch a fresh temporary profile (it
 * refuses --user-data-dir in args for that reason) and never downloads a browser here: it
 * drives Debian's chromium, which .ci/run installs.
 */
const CHROMIUM = process.env['CHROMIUM'] ?? '/usr/bin/chromium';

/** Printable width in CSS pixels: the paper less the handout's 13 mm side margins. */
const PAPER = { A4: 210, Letter: 215.9 } as const;
const printableWidth = (mm: number) => Math.floor(((mm - 26) / 25.4) * 96);

const loaded = openScenario('reopening-2018');
if (!loaded.ok) throw new Error('the bundled scenario does not load');
const { timeline, scenario } = loaded;
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
const answers = scenario.questions.map((q) => flat(q.answer));
const students = htmlHandout(timeline, { answers: false, ref: 'reopening-2018' });
const key = htmlHandout(timeline, { answers: true, ref: 'reopening-2018' });

let browser: Browser;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  expect(existsSync(CHROMIUM), `${CHROMIUM} (install Debian's chromium)`).toBe(true);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // No script may be needed to read the handout: the page is rendered with JavaScript off.
  const context = await browser.newContext({ javaScriptEnabled: false });
  page = await context.newPage();
  page.on('request', (r) => {
    if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
  });
});

afterAll(async () => {
  await browser?.close();
});

/** The page's text as printed, and every element that sticks out past the printable width. */
async function printed(html: string, paper: keyof typeof PAPER) {
  const width = printableWidth(PAPER[paper]);
  await page.setViewportSize({ width, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  await page.setContent(html, { waitUntil: 'load' });
  // Runs in the page (this project's types have no DOM, so it is sent as source text).
  const layout = (await page.evaluate(`(() => {
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > ${width} + 0.5)
      .map((el) => el.tagName.toLowerCase() + '.' + el.className);
    return { wide, scroll: document.documentElement.scrollWidth, text: document.body.innerText };
  })()`)) as { wide: string[]; scroll: number; text: string };
  const pdf = await page.pdf({ format: paper, preferCSSPageSize: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  return { ...layout, width, pages, text: flat(layout.text) };
}

describe('the HTML handout, printed by Chromium', () => {
  it.each(['A4', 'Letter'] as const)('fits %s: pages, and nothing wider than the page', async (paper) => {
    for (const html of [students, key]) {
      const result = await printed(html, paper);
      expect(result.pages).toBeGreaterThanOrEqual(1);
      expect(result.wide).toEqual([]);
      expect(result.scroll).toBeLessThanOrEqual(result.width);
    }
  });

  it('would catch a page wider than the paper', async () => {
    const wide = students.replace('<body class="students">', '<body><div style="width:300mm">x</div>');
    expect((await printed(wide, 'A4')).wide).not.toEqual([]);
  });

  it("the students' version shows no answer, the key shows every one", async () => {
    expect(answers.length).toBeGreaterThan(0);
    const forStudents = await printed(students, 'A4');
    const forTeacher = await printed(key, 'A4');
    for (const answer of answers) {
      expect(forStudents.text).not.toContain(answer);
      expect(students).not.toContain(answer.slice(0, 40));
      expect(forTeacher.text).toContain(answer);
    }
    // Every question is on both, with the chart and the plain-language events.
    for (const q of scenario.questions) {
      expect(forStudents.text).toContain(flat(q.ask));
      expect(forTeacher.text).toContain(flat(q.ask));
    }
    expect(forStudents.text).toContain('North answers the Panmunjom liaison line again.');
    expect(forStudents.text).not.toContain('resume-answering');
  });

  it('breaks no word of the channels table across lines, printed or on a screen', async () => {
    // "hotline (government)" in a column too narrow for "(government)" broke before its ')'.
    for (const id of ['reopening-2018', 'history-2018-2023', 'march-2019-withdrawal-ko']) {
      const opened = openScenario(id);
      if (!opened.ok) throw new Error(`${id} does not load`);
      const html = htmlHandout(opened.timeline, { answers: false, ref: id });
      for (const media of ['A4', 'Letter', 'screen'] as const) {
        if (media === 'screen') {
          // As a teacher opens the file: the page at its screen width, with its margins.
          await page.setViewportSize({ width: 1000, height: 1000 });
          await page.emulateMedia({ media: 'screen' });
          await page.setContent(html, { waitUntil: 'load' });
        } else await printed(html, media);
        // Each word of a cell as a range: a word on two lines has rectangles at two heights.
        const broken = (await page.evaluate(`(() => {
          const broken = [];
          for (const td of document.querySelectorAll('table.channels td')) {
            for (const node of td.childNodes) {
              if (node.nodeType !== 3) continue;
              for (const m of node.textContent.matchAll(/\\S+/g)) {
                const range = document.createRange();
                range.setStart(node, m.index);
                range.setEnd(node, m.index + m[0].length);
                const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
                if (tops.size > 1) broken.push(m[0]);
              }
            }
          }
          return broken;
        })()`)) as string[];
        expect(broken, `${id} on ${media}`).toEqual([]);
      }
    }
  });

  it('fetches nothing: styles and chart are inline', () => {
    expect(requests).toEqual([]);
    expect(students).toMatch(/<svg [^>]*viewBox=/);
    // url(#…) points inside the SVG itself; anything else would be fetched.
    expect(students).not.toMatch(/<script|<link|\ssrc=|url\((?!#)/i);
  });
});
