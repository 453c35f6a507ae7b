import { Box, Text } from 'ink';
import { LANE_CHAR, STATUS_MARK, padEnd } from './format.js';

const KEYS: [string, string][] = [
  ['→ l / ← h', 'step forward / back (instant at any point)'],
  ['g / G', 'first / last step'],
  ['space', 'play or pause; + / - faster or slower'],
  ['s', 'skip routine check calls: land on scripted events only'],
  ['/', 'jump to a date: 2019-03-25 or 2019-03-25 09:00'],
  ['n / N', "next / previous change of a channel's status"],
  ['c', 'choose the channel n / N follow (by its number)'],
  ['↑ / ↓', 'scroll the channels when they do not all fit'],
  ['i', 'what if…: pick a channel, then something that could happen now'],
  ['b Esc / w', 'what-if: back to history at the same moment / save it as a file'],
  ['a', "reveal the answer to the class's question at this step"],
  ['d', 'debrief: time each channel was open, longest silence, who cut what'],
  ['q  Ctrl-C', 'quit'],
];

/** Keys and the meaning of every mark, in place of the panels. */
export function HelpOverlay({ width, height }: { width: number; height: number }) {
  const marks = `${STATUS_MARK.open} OPEN  ${STATUS_MARK.degraded} DEGRADED  ${STATUS_MARK.closed} CLOSED (the word says it too)`;
  const lanes = `${LANE_CHAR.open} open  ${LANE_CHAR.degraded} degraded  ${LANE_CHAR.closed} closed  ╋ now (worst status of each slice)`;
  const lines = [
    ...KEYS.map(([key, what]) => ({ key, what })),
    { key: '', what: '' },
    { key: 'marks', what: marks },
    { key: 'lanes', what: lanes },
    { key: '≠ history', what: 'in a what-if: this channel differs from what really happened' },
  ];
  return (
    <Box flexDirection="column" borderStyle="round" width={width} height={height + 2}>
      <Box marginTop={-1} marginLeft={1}>
        <Text bold> Help </Text>
      </Box>
      {lines.slice(0, height).map((line, i) => (
        <Text key={i} wrap="truncate">
          <Text bold>{padEnd(line.key, 11)}</Text> {line.what}
        </Text>
      ))}
    </Box>
  );
}
