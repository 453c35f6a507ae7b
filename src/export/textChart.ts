import { sideReachOverTime } from '../analysis/reachability.js';
import { statusSpans } from '../analysis/spans.js';
import { toIsoDate } from '../time/clock.js';
import type { Timeline } from '../timeline/timeline.js';

/** Open is solid, degraded shaded, closed a dot: readable without colour, in any font. */
export const CHART_GLYPHS = { open: '█', degraded: '▒', closed: '·' } as const;
type Level = keyof typeof CHART_GLYPHS;

interface Stretch {
  from: number;
  to: number;
  level: Level;
}

/**
 * One row of `width` characters; each shows the status that held for most of its slice of
 * time, so the row is honest about durations (a one-hour cut in a five-year chart vanishes).
 */
function row(stretches: Stretch[], start: number, end: number, width: number): string {
  const slice = (end - start) / width;
  let out = '';
  let i = 0;
  for (let column = 0; column < width; column++) {
    const left = start + column * slice;
    const right = left + slice;
    const time: Record<Level, number> = { open: 0, degraded: 0, closed: 0 };
    while (i < stretches.length && stretches[i]!.to <= left) i++;
    for (let j = i; j < stretches.length && stretches[j]!.from < right; j++) {
      const s = stretches[j]!;
      time[s.level] += Math.min(s.to, right) - Math.max(s.from, left);
    }
    const best = (Object.keys(time) as Level[]).reduce((a, b) => (time[b] > time[a] ? b : a));
    out += CHART_GLYPHS[best];
  }
  return out;
}

/** The lanes as plain text: one row per channel and one for the two sides, dates above. */
export function textChart(timeline: Timeline, width = 60): string[] {
  const { scenario } = timeline;
  const { start, end, offsetMinutes } = scenario;
  const spans = statusSpans(timeline);
  const sides = `${scenario.parties.find((p) => p.id === scenario.sides[0])?.short ?? scenario.sides[0]} ⇄ ${
    scenario.parties.find((p) => p.id === scenario.sides[1])?.short ?? scenario.sides[1]
  }`;
  const labels = [...scenario.channels.map((c) => c.name), sides];
  const labelWidth = Math.min(30, Math.max(...labels.map((l) => l.length)));
  const label = (text: string) =>
    (text.length > labelWidth ? `${text.slice(0, labelWidth - 1)}…` : text).padEnd(labelWidth);
  const first = toIsoDate(start, offsetMinutes);
  const last = toIsoDate(end, offsetMinutes);
  const lines = [
    `${' '.repeat(labelWidth)} ${first}${last.padStart(Math.max(width - first.length, last.length + 1))}`,
  ];
  for (const channel of scenario.channels) {
    const stretches = (spans.get(channel.id) ?? []).map((s) => ({ from: s.from, to: s.to, level: s.status }));
    lines.push(`${label(channel.name)} ${row(stretches, start, end, width)}`);
  }
  const reach = sideReachOverTime(timeline).map((s) => ({
    from: s.from,
    to: s.to,
    level: (!s.reach.reachable ? 'closed' : s.reach.lastLinks.length > 0 ? 'degraded' : 'open') as Level,
  }));
  lines.push(`${label(sides)} ${row(reach, start, end, width)}`);
  lines.push(
    `${' '.repeat(labelWidth)} ${CHART_GLYPHS.open} open  ${CHART_GLYPHS.degraded} degraded  ${CHART_GLYPHS.closed} closed;` +
      ` for the sides: ${CHART_GLYPHS.open} more than one way  ${CHART_GLYPHS.degraded} one last link  ${CHART_GLYPHS.closed} cut off`,
  );
  return lines;
}
