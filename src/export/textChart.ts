import { sideReachOverTime } from '../analysis/reachability.js';
import { statusSpans } from '../analysis/spans.js';
import { laneColumns, SEVERITY, type LaneStretch } from '../analysis/lanes.js';
import { STATUSES, type ChannelStatus } from '../model/scenario.js';
import { LANE_GLYPH } from '../text/glyphs.js';
import { displayWidth, padEnd, padStart } from '../text/width.js';
import { toIsoDate } from '../time/clock.js';
import type { Timeline } from '../timeline/timeline.js';
import type { Lang } from '../words/lang.js';
import { speakerFor } from '../words/speaker.js';

type Level = ChannelStatus;

/** One row of `width` glyphs by the shared lane rule (worst level of each slice). */
const row = (stretches: LaneStretch[], start: number, end: number, width: number) =>
  laneColumns(stretches, start, end, width, SEVERITY, 'open')
    .map((level) => LANE_GLYPH[level])
    .join('');

/** The lanes as plain text: one row per channel and one for the two sides, dates above. */
export function textChart(timeline: Timeline, width = 60, lang: Lang = 'en'): string[] {
  const { scenario } = timeline;
  const say = speakerFor(scenario, lang);
  const { start, end, zone } = scenario;
  const spans = statusSpans(timeline);
  const sides = say.words.reach.pair(say.party(scenario.sides[0]), say.party(scenario.sides[1]));
  const labels = [...scenario.channels.map((c) => c.name), sides];
  const labelWidth = Math.min(30, Math.max(...labels.map(displayWidth)));
  const label = (text: string) => padEnd(text, labelWidth);
  const first = toIsoDate(start, zone);
  const last = toIsoDate(end, zone);
  const lines = [
    `${' '.repeat(labelWidth)} ${first}${padStart(last, Math.max(width - displayWidth(first), displayWidth(last) + 1))}`,
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
  const w = say.words;
  const key = (level: Level, word: string) => `${LANE_GLYPH[level]} ${word}`;
  const legend = w.chart.legend(
    STATUSES.map((s) => key(s, w.state[s])),
    [key('open', w.reach.redundant), key('degraded', w.reach.oneLastLink), key('closed', w.reach.cutOff)],
  );
  lines.push(`${' '.repeat(labelWidth)} ${legend}`);
  return lines;
}
