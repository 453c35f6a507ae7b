import { Box, Text } from 'ink';
import { describerFor } from '../channels/describe.js';
import type { Scenario } from '../model/scenario.js';
import { formatLong } from '../time/clock.js';
import type { Frame } from '../timeline/frame.js';
import { padEnd, truncate } from './format.js';

interface Props {
  scenario: Scenario;
  frames: readonly Frame[];
  index: number;
  width: number;
  height: number;
}

/** The scripted events up to now, newest last: the thread a class can follow. */
export function Story({ scenario, frames, index, width, height }: Props) {
  const say = describerFor(scenario);
  const events: Frame[] = [];
  for (let i = index; i >= 0 && events.length < height; i--)
    if (frames[i]!.kind === 'event' || frames[i]!.kind === 'what-if') events.unshift(frames[i]!);
  return (
    <Box flexDirection="column" borderStyle="round" width={width} height={height + 2}>
      <Box marginTop={-1} marginLeft={1}>
        <Text bold> Story so far </Text>
      </Box>
      {events.length === 0 ? <Text dimColor>No scripted event yet.</Text> : null}
      {events.map((frame) => {
        const when = formatLong(frame.at, scenario.zone, false)
          .replace(/ \d{4} /, ' ')
          .trim();
        const who = frame.event ? say.actor(frame.event.side) : '';
        const mark = frame.index === index ? '›' : ' ';
        const line = `${mark} ${padEnd(when, 16)}  ${padEnd(who, 10)} ${frame.narration.replace(/\s+/g, ' ')}`;
        return (
          <Text key={frame.index} wrap="truncate" bold={frame.index === index}>
            {truncate(line, width - 2)}
          </Text>
        );
      })}
    </Box>
  );
}
