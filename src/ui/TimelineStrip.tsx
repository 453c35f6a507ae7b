import { Box, Text } from 'ink';
import { memo } from 'react';
import { STATUSES, statusOf, type ChannelStatus, type Scenario } from '../model/scenario.js';
import { toIsoDate } from '../time/clock.js';
import { NOW_GLYPH } from '../text/glyphs.js';
import type { Frame } from '../timeline/frame.js';
import { LANE_CHAR, padEnd } from './format.js';
import { useTone } from './theme.js';
import { useWords } from './use-words.js';

interface Props {
  scenario: Scenario;
  /** Status per column, one lane per channel of the scenario. */
  lanes: readonly (readonly ChannelStatus[])[];
  cursor: number;
  first: number;
  count: number;
  width: number;
  /**
   * Presenter mode: the frame shown. The lanes stop at its column, which shows its own
   * statuses, so no later step leaks into the picture; null draws the whole run.
   */
  now: Frame | null;
  /** A what-if where some channel differs from history: the legend says what its ≠ means. */
  differs: boolean;
}

/** Room for the end date after the track, and for the legend beside the lanes. */
export const LEGEND_WIDTH = 13;
/** Room for a lane's number and name before the track. */
export const labelWidth = (columns: number): number => Math.min(24, Math.max(13, Math.floor(columns * 0.18)));

/**
 * Where we are in the run, and each channel's open/degraded/closed history across it.
 * Redrawn only when the cursor's column, the lanes or the window change, not at every step.
 */
export const TimelineStrip = memo(function TimelineStrip({
  scenario,
  lanes,
  cursor,
  first,
  count,
  width,
  now,
  differs,
}: Props) {
  const tone = useTone();
  const words = useWords();
  const label = labelWidth(width);
  // The lanes may stop short of the track while history is still being simulated.
  const track = Math.max(1, width - label - LEGEND_WIDTH);
  const start = toIsoDate(scenario.start, scenario.zone);
  const end = toIsoDate(scenario.end, scenario.zone);
  const shown = scenario.channels.slice(first, first + count);
  // Lanes scroll with the board: when some are not drawn, the last one drawn says so.
  const hidden = scenario.channels.length - shown.length;
  const legends = [
    ...STATUSES.map((status) => `${LANE_CHAR[status]} ${words.state[status]}`),
    ...(differs ? [words.ui.differsKey] : []),
  ];
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate">
        {padEnd(` ${start} `, label)}
        <Text bold>{'━'.repeat(cursor)}</Text>
        <Text bold color={tone('accent')}>
          {NOW_GLYPH}
        </Text>
        <Text dimColor>{'─'.repeat(Math.max(0, track - cursor - 1))}</Text> {end}
      </Text>
      {shown.map((spec, i) => {
        const lane = lanes[first + i] ?? [];
        const legend = legends[i];
        const note =
          hidden > 0 && i === shown.length - 1
            ? `  ${words.ui.lanesHidden(hidden)}`
            : legend
              ? `  ${legend}`
              : '';
        const here = now ? statusOf(now.channels[spec.id]) : (lane[cursor] ?? 'open');
        const later = now ? [] : runs(lane, cursor + 1, lane.length);
        return (
          <Text key={spec.id} wrap="truncate">
            {padEnd(` ${first + i + 1} ${spec.name}`, label - 1)}{' '}
            {runs(lane, 0, cursor).map(([status, length], k) => (
              <Text key={k} color={tone(status)}>
                {LANE_CHAR[status].repeat(length)}
              </Text>
            ))}
            <Text inverse color={tone(here)}>
              {LANE_CHAR[here]}
            </Text>
            {later.map(([status, length], k) => (
              <Text key={k} color={tone(status)}>
                {LANE_CHAR[status].repeat(length)}
              </Text>
            ))}
            {' '.repeat(Math.max(0, track - Math.max(now ? 0 : lane.length, cursor + 1)))}
            <Text dimColor>{note}</Text>
          </Text>
        );
      })}
    </Box>
  );
});

/** Consecutive equal statuses as [status, length], so each run is one coloured span. */
function runs(lane: readonly ChannelStatus[], from: number, to: number): [ChannelStatus, number][] {
  const out: [ChannelStatus, number][] = [];
  for (let x = from; x < to; x++) {
    const last = out[out.length - 1];
    if (last && last[0] === lane[x]) last[1]++;
    else out.push([lane[x]!, 1]);
  }
  return out;
}
