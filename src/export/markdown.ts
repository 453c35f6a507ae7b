import { debrief, type ActorCount, type ChannelDebrief, type Debrief } from '../analysis/debrief.js';
import { describerFor, type Describer } from '../channels/describe.js';
import { kindOf, kindWords } from '../channels/registry.js';
import type { ChannelSpec, Scenario } from '../model/scenario.js';
import { formatClock, formatDateTime, formatDuration, formatSpan } from '../time/clock.js';
import type { Timeline } from '../timeline/timeline.js';
import { lastLinkChangeWords } from '../words/reach.js';
import { speakerFor } from '../words/speaker.js';
import { textChart } from './textChart.js';

/*
 * A class handout: everything a teacher needs on paper, from the same timeline and
 * debrief as the screen and the reports. Event numbers match the SVG callouts.
 */

/** A table cell: one line, pipes escaped, HTML-ish text left harmless. */
const cell = (text: string) =>
  text.replace(/\s+/g, ' ').trim().replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;');

/** Running text: safe inside Markdown and inside <details>. */
const prose = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/</g, '&lt;');

const table = (head: string[], rows: string[][]) => [
  `| ${head.join(' | ')} |`,
  `| ${head.map(() => '---').join(' | ')} |`,
  ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
];

function checksWords(spec: ChannelSpec): string {
  if (!spec.checks) return 'none';
  return `${spec.checks.times.map(formatClock).join(', ')} ${spec.checks.days === 'daily' ? 'daily' : 'on weekdays'}`;
}

function channelsSection(scenario: Scenario, say: Describer): string[] {
  return [
    '## Parties and channels',
    '',
    `Parties: ${scenario.parties.map((p) => `${p.name} (${p.short})`).join(', ')}. The two sides: ${scenario.sides.map(say.party).join(' and ')}.`,
    '',
    ...table(
      ['Channel', 'Kind', 'Between', 'Routine checks', 'At the start'],
      scenario.channels.map((c) => [
        c.name,
        kindOf(c.kind).specWords('en', c, say).label,
        c.between.map(say.party).join(' – '),
        checksWords(c),
        kindOf(c.kind).specWords('en', c, say).start,
      ]),
    ),
  ];
}

function eventsSection(timeline: Timeline, say: Describer): string[] {
  const { scenario } = timeline;
  const names = new Map(scenario.channels.map((c) => [c.id, c.name]));
  const rows = timeline.frames
    .filter((f) => f.event !== null && f.at <= scenario.end)
    .map((f, i) => {
      const e = f.event!;
      const what = e.do === null ? 'context' : `${e.do}${e.count === undefined ? '' : ` ${e.count}`}`;
      return [
        String(i + 1),
        formatDateTime(f.at, scenario.zone),
        say.actor(e.side),
        e.channels.map((c) => names.get(c) ?? c).join(', ') || '—',
        what,
        e.narrate || f.narration,
        e.source ?? '',
        e.tag,
      ];
    });
  return [
    '## Events',
    '',
    ...table(
      ['#', `When (${scenario.zone.name})`, 'Who', 'Channel', 'What', 'What happened', 'Source', 'Tag'],
      rows,
    ),
  ];
}

const byWords = (count: ActorCount, say: Describer) =>
  count.total === 0
    ? '—'
    : Object.entries(count.by)
        .map(([actor, n]) => `${say.actor(actor)} ×${n}`)
        .join(', ');

function checksCell(c: ChannelDebrief): string {
  if (c.checks.made === 0) return '—';
  return `${c.checks.succeeded} of ${c.checks.made} ${kindWords('en', c.kind).contacts.ok}`;
}

function debriefSection(d: Debrief, scenario: Scenario, say: Describer): string[] {
  const when = (iso: string) => formatDateTime(Date.parse(iso), scenario.zone);
  const duration = (ms: number) => (ms === 0 ? '—' : formatDuration(ms));
  const silence = (c: ChannelDebrief) =>
    c.longestSilence
      ? `${formatDuration(c.longestSilence.ms)} (${when(c.longestSilence.from)} – ${c.longestSilence.ongoing ? 'end' : when(c.longestSilence.to)})`
      : '—';
  const [a, b] = d.sides.parties.map(say.party);
  const changes = d.sides.lastLinkChanges.map(
    (change) => `- ${when(change.at)}: ${lastLinkChangeWords(change, speakerFor(scenario))}`,
  );
  return [
    '## Debrief',
    '',
    `Over ${formatDuration(d.periodMs)}, from ${formatSpan(Date.parse(d.from), Date.parse(d.to), scenario.zone).replace(' – ', ' to ')}.`,
    '',
    ...table(
      ['Channel', 'Open', 'Degraded', 'Closed', 'Longest silence', 'Checks', 'Cut by', 'Restored by'],
      d.channels.map((c) => [
        c.name,
        duration(c.ms.open),
        duration(c.ms.degraded),
        duration(c.ms.closed),
        silence(c),
        checksCell(c),
        byWords(c.cuts, say),
        byWords(c.restores, say),
      ]),
    ),
    '',
    `${a} and ${b} had no direct channel for ${formatDuration(d.sides.noDirectMs)} and no route at all for ${formatDuration(d.sides.unreachableMs)}.`,
    ...(changes.length > 0 ? ['', 'When the last link changed:', '', ...changes] : []),
  ];
}

function questionsSection(scenario: Scenario): string[] {
  if (scenario.questions.length === 0) return [];
  return [
    '## Questions',
    '',
    ...scenario.questions.flatMap((q, i) => [
      `${i + 1}. **${formatDateTime(q.at, scenario.zone)}** — ${prose(q.ask)}`,
      '',
      `   <details><summary>Answer</summary>${prose(q.answer)}</details>`,
      '',
    ]),
  ];
}

/** The whole handout as Markdown. */
export function markdownHandout(timeline: Timeline): string {
  const { scenario } = timeline;
  const say = describerFor(scenario);
  const lines = [
    `# ${prose(scenario.title)}`,
    '',
    ...(scenario.summary ? [prose(scenario.summary), ''] : []),
    `**Period:** ${formatSpan(scenario.start, scenario.end, scenario.zone)} · **Scenario:** \`${scenario.id}\``,
    '',
    ...channelsSection(scenario, say),
    '',
    '## Timeline',
    '',
    `Each row is a channel; the last row says whether the two sides could still reach each other. For a slide, run \`liaison-sim export ${scenario.id} --format svg\`.`,
    '',
    '```text',
    ...textChart(timeline),
    '```',
    '',
    ...eventsSection(timeline, say),
    '',
    ...debriefSection(debrief(timeline), scenario, say),
    '',
    ...questionsSection(scenario),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
