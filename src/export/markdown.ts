import type { Timeline } from '../timeline/timeline.js';
import { buildHandout, type Handout, type HandoutOptions, type HandoutTable } from './handout.js';
import { textChart } from './textChart.js';

/*
 * A class handout in Markdown, from the same handout as the HTML page: the students' version
 * or the answer key. Event numbers match the SVG callouts. Tables keep to five short columns
 * or fewer, so they fit a printed page; the long texts are lists.
 */

/** A table cell: one line, pipes escaped, HTML-ish text left harmless. */
const cell = (text: string) =>
  text.replace(/\s+/g, ' ').trim().replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;');

/** Running text from someone's words as one line of Markdown prose: no raw HTML can open in it. */
export const prose = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/</g, '&lt;');

const table = (t: HandoutTable) => [
  `| ${t.head.map(cell).join(' | ')} |`,
  `| ${t.head.map(() => '---').join(' | ')} |`,
  ...t.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
];

/** Channels as a list: the start state's reason is too long for a table cell on paper. */
function channelsSection(h: Handout): string[] {
  const [, kind, between, checks, start] = h.channels.head;
  return [
    `## ${prose(h.words.partiesTitle)}`,
    '',
    prose(h.parties),
    '',
    ...h.channels.rows.map(
      ([name, k, b, c, s]) =>
        `- **${prose(name!)}**: ${h.words.channelFacts(
          [
            `${prose(kind!)}: ${prose(k!)}`,
            `${prose(between!)}: ${prose(b!)}`,
            `${prose(checks!)}: ${prose(c!)}`,
          ],
          `${prose(start!)}: ${prose(s!)}`,
        )}`,
    ),
  ];
}

function eventsSection(h: Handout): string[] {
  return [
    `## ${prose(h.words.eventsTitle)}`,
    '',
    ...h.events.map((e) => {
      const what = e.phrase ? ` · ${prose(e.phrase)}.` : '';
      const tag = e.counterfactual ? ` *(${prose(h.words.counterfactual)})*` : '';
      const source = e.source ? ` *${prose(h.words.source(e.source))}*` : '';
      const narration = e.narration ? ` ${prose(e.narration)}` : '';
      return `${e.number}. **${e.when}**${what}${tag}${narration}${source}`;
    }),
  ];
}

function debriefSections(h: Handout): string[] {
  const figures = [
    `## ${prose(h.words.figuresTitle)}`,
    '',
    prose(h.figures.over),
    '',
    ...table(h.figures.table),
  ];
  if (!h.conclusions) return figures;
  const { table: t, sides, lastLinks } = h.conclusions;
  return [
    ...figures,
    '',
    `## ${prose(h.words.debriefTitle)}`,
    '',
    ...table(t),
    '',
    prose(sides),
    ...(lastLinks.length > 0
      ? ['', `**${prose(h.words.lastLinkTitle)}:**`, '', ...lastLinks.map((l) => `- ${prose(l)}`)]
      : []),
  ];
}

function questionsSection(h: Handout): string[] {
  if (h.questions.length === 0) return [];
  const rule = '   ' + '.'.repeat(72);
  return [
    `## ${prose(h.words.questionsTitle)}`,
    '',
    ...h.questions.flatMap((q) => [
      `${q.number}. **${q.when}** · ${prose(q.ask)}`,
      '',
      ...(q.answer === null
        ? [`   ${prose(h.words.yourAnswer)}`, '', rule, '', rule, '', rule]
        : [`   **${prose(h.words.answer)}:** ${prose(q.answer)}`]),
      '',
    ]),
  ];
}

/** The whole handout as Markdown. */
export function markdownHandout(timeline: Timeline, options: HandoutOptions): string {
  const h = buildHandout(timeline, options);
  const w = h.words;
  const lines = [
    `# ${prose(h.title)}`,
    '',
    `*${prose(h.answers ? w.answerKey : w.studentsVersion)}*`,
    '',
    ...(h.summary ? [prose(h.summary), ''] : []),
    `**${prose(w.period)}:** ${prose(h.period)}`,
    '',
    `${prose(w.tryIt)} \`${h.command.replace(/`/g, "'")}\``,
    '',
    ...channelsSection(h),
    '',
    `## ${prose(w.timelineTitle)}`,
    '',
    prose(w.timelineNote),
    '',
    '```text',
    ...textChart(timeline, 60, h.lang),
    '```',
    '',
    ...eventsSection(h),
    '',
    ...debriefSections(h),
    '',
    ...questionsSection(h),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
