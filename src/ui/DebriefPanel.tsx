import { Box, Text } from 'ink';
import { useMemo } from 'react';
import { debrief } from '../analysis/debrief.js';
import { debriefLines } from '../words/debrief.js';
import type { Timeline } from '../timeline/timeline.js';
import { truncate, wrap } from './format.js';
import { useSpeaker, useWords } from './use-words.js';

interface Props {
  timeline: Timeline;
  /** How many frames there are: the debrief is worked out again as history's simulation adds some. */
  frames: number;
  top: number;
  width: number;
  height: number;
}

/** The whole run's figures (time open, longest silence, who cut what), scrolled with ↑ ↓. */
export function DebriefPanel({ timeline, frames, top, width, height }: Props) {
  const say = useSpeaker(timeline.scenario);
  const w = useWords().ui;
  const text = useMemo(
    () => debriefLines(debrief(timeline), timeline.scenario, say),
    [timeline, say, frames],
  );
  // Long lines wrap under their own indent, so nothing is cut off on a narrow terminal.
  const lines = text.flatMap((line) => {
    const indent = /^ */.exec(line)![0].length + 4;
    return wrap(line.trim(), width - 2 - indent).map((part, i) =>
      i === 0 ? ' '.repeat(indent - 4) + part : ' '.repeat(indent) + part,
    );
  });
  const first = Math.min(top, Math.max(0, lines.length - height));
  const more = lines.length - first - height;
  const title = ` ${w.debriefTitle(timeline.isBranch, more)} `;
  return (
    <Box flexDirection="column" borderStyle="round" width={width} height={height + 2}>
      <Box marginTop={-1} marginLeft={1}>
        <Text bold>{title}</Text>
      </Box>
      {lines.slice(first, first + height).map((line, i) => (
        <Text key={first + i} wrap="truncate" bold={!line.startsWith(' ')}>
          {truncate(line, width - 2)}
        </Text>
      ))}
    </Box>
  );
}
