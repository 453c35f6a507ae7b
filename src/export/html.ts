/**
 * The printable handout as one self-contained HTML page: CSS and the SVG chart inline, no
 * script, nothing fetched. Laid out for A4 and US Letter alike (the printer picks the paper;
 * the page's width fits the narrower A4), with rules that keep a row, an event or a question
 * on one page and a heading with what follows it.
 */
import type { Timeline } from '../timeline/timeline.js';
import type { Lang } from '../words/lang.js';
import { buildHandout, type Handout, type HandoutOptions, type HandoutTable } from './handout.js';
import { timelineSvg } from './svg.js';
import { escapeXml as esc } from './xml.js';

const STYLE = `
@page { margin: 14mm 13mm 16mm; }
* { box-sizing: border-box; }
html { color: #1a1a1a; background: #fff; font: 10pt/1.4 'DejaVu Sans', 'Noto Sans', 'Noto Sans CJK KR', Arial, sans-serif; }
body { margin: 0 auto; padding: 8mm; max-width: 190mm; }
@media print { body { padding: 0; max-width: none; } }
h1 { font-size: 17pt; line-height: 1.2; margin: 2pt 0 6pt; }
h2 { font-size: 12.5pt; margin: 14pt 0 6pt; padding-bottom: 2pt; border-bottom: 1.2pt solid #444; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 6pt; }
.version { display: inline-block; font-size: 8.5pt; font-weight: 700; letter-spacing: .06em; text-transform: uppercase; border: 1pt solid #555; padding: 1pt 5pt; color: #444; }
.key .version { color: #8a1c1c; border-color: #8a1c1c; }
.meta { color: #333; }
code { font-family: 'DejaVu Sans Mono', monospace; font-size: 9pt; overflow-wrap: anywhere; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 8.8pt; margin: 4pt 0 8pt; }
th, td { border: .6pt solid #999; padding: 2.5pt 4pt; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eee; }
thead { display: table-header-group; }
tr, li, figure, .question { break-inside: avoid; page-break-inside: avoid; }
table.channels col.c1 { width: 21%; } table.channels col.c2 { width: 17%; } table.channels col.c3 { width: 12%; } table.channels col.c4 { width: 15%; }
table.figures col.c1 { width: 36%; }
table.conclusions col.c1 { width: 28%; } table.conclusions col.c2 { width: 34%; }
figure { margin: 4pt 0 8pt; }
figure svg { display: block; width: 100%; height: auto; }
figcaption { font-size: 8.8pt; color: #333; margin-top: 3pt; }
ol.events, ol.questions { list-style: none; margin: 0; padding: 0; }
ol.events li { display: flex; gap: 6pt; padding: 4pt 0; border-bottom: .5pt solid #ccc; }
.number { flex: 0 0 auto; min-width: 18pt; height: 14pt; border: .8pt solid #333; border-radius: 7pt; font-size: 8pt; font-weight: 700; text-align: center; line-height: 12.5pt; }
.event { flex: 1 1 auto; min-width: 0; }
.when { font-weight: 700; }
.what { font-weight: 700; }
.source { font-size: 8.5pt; color: #444; }
.tag { font-size: 8.5pt; font-weight: 700; font-style: italic; }
ol.questions li { margin: 0 0 10pt; }
.question .ask { font-weight: 700; }
.lines { margin-top: 4pt; }
.lines span { display: block; height: 8.5mm; border-bottom: .6pt solid #888; }
.answer { margin-top: 3pt; padding: 3pt 6pt; border-left: 2.5pt solid #8a1c1c; }
ul.links { margin: 0; padding-left: 14pt; }
`;

/**
 * Korean type: a Korean face first (the Latin one has no Hangul), and lines broken between
 * words (어절), not inside one, as Korean print does; a cell may still break a word too long for it.
 */
const KOREAN_STYLE = `
html { font-family: 'Noto Sans CJK KR', 'Noto Sans KR', 'Malgun Gothic', 'Apple SD Gothic Neo', 'DejaVu Sans', sans-serif; word-break: keep-all; }
`;

const styleFor = (lang: Lang) => (lang === 'ko' ? STYLE + KOREAN_STYLE : STYLE);

function table(t: HandoutTable, kind: string): string {
  const cols = t.head.map((_, i) => `<col class="c${i + 1}">`).join('');
  const head = t.head.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const rows = t.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table class="${kind}"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody></table>`;
}

const section = (title: string, ...body: string[]) => [
  `<section>`,
  `<h2>${esc(title)}</h2>`,
  ...body,
  `</section>`,
];

function eventsList(h: Handout): string[] {
  const items = h.events.map((e) => {
    const parts = [
      `<span class="when">${esc(e.when)}</span>`,
      e.phrase ? ` · <span class="what">${esc(e.phrase)}.</span>` : '',
      e.counterfactual ? ` <span class="tag">(${esc(h.words.counterfactual)})</span>` : '',
      e.narration ? `<br>${esc(e.narration)}` : '',
      e.source ? `<br><span class="source">${esc(h.words.source(e.source))}</span>` : '',
    ];
    return `<li><span class="number">${e.number}</span><div class="event">${parts.join('')}</div></li>`;
  });
  return ['<ol class="events">', ...items, '</ol>'];
}

function questionsList(h: Handout): string[] {
  if (h.questions.length === 0) return [];
  const items = h.questions.map((q) => {
    const after =
      q.answer === null
        ? `<div class="lines" aria-label="${esc(h.words.yourAnswer)}">${esc(h.words.yourAnswer)}<span></span><span></span><span></span><span></span></div>`
        : `<div class="answer"><strong>${esc(h.words.answer)}:</strong> ${esc(q.answer)}</div>`;
    return `<li class="question"><div class="ask">${q.number}. <span class="when">${esc(q.when)}</span> · ${esc(q.ask)}</div>${after}</li>`;
  });
  return section(h.words.questionsTitle, '<ol class="questions">', ...items, '</ol>');
}

/** The chart inline: the same SVG as `export --format svg`, without its XML declaration. */
function chart(timeline: Timeline, lang: Lang): string {
  return timelineSvg(timeline, lang, { eventKey: false }).replace(/^<\?xml[^>]*>\s*/, '');
}

export function htmlHandout(timeline: Timeline, options: HandoutOptions): string {
  const h = buildHandout(timeline, options);
  const w = h.words;
  const lines = [
    '<!DOCTYPE html>',
    `<html lang="${h.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(h.title)} · ${esc(h.answers ? w.answerKey : w.studentsVersion)}</title>`,
    `<style>${styleFor(h.lang)}</style>`,
    '</head>',
    `<body class="${h.answers ? 'key' : 'students'}">`,
    '<header>',
    `<span class="version">${esc(h.answers ? w.answerKey : w.studentsVersion)}</span>`,
    `<h1>${esc(h.title)}</h1>`,
    ...(h.summary ? [`<p>${esc(h.summary)}</p>`] : []),
    `<p class="meta"><strong>${esc(w.period)}:</strong> ${esc(h.period)}<br>${esc(w.tryIt)} <code>${esc(h.command)}</code></p>`,
    '</header>',
    ...section(w.partiesTitle, `<p>${esc(h.parties)}</p>`, table(h.channels, 'channels')),
    ...section(
      w.timelineTitle,
      `<figure>${chart(timeline, h.lang)}<figcaption>${esc(w.timelineNote)}</figcaption></figure>`,
    ),
    ...section(w.eventsTitle, ...eventsList(h)),
    ...section(w.figuresTitle, `<p>${esc(h.figures.over)}</p>`, table(h.figures.table, 'figures')),
    ...(h.conclusions
      ? section(
          w.debriefTitle,
          table(h.conclusions.table, 'conclusions'),
          `<p>${esc(h.conclusions.sides)}</p>`,
          ...(h.conclusions.lastLinks.length > 0
            ? [
                `<p><strong>${esc(w.lastLinkTitle)}</strong></p>`,
                '<ul class="links">',
                ...h.conclusions.lastLinks.map((l) => `<li>${esc(l)}</li>`),
                '</ul>',
              ]
            : []),
        )
      : []),
    ...questionsList(h),
    '</body>',
    '</html>',
    '',
  ];
  return lines.join('\n');
}
