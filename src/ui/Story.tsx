import { Box, Text } from 'ink';
import type { Scenario } from '../model/scenario.js';
import { localTime } from '../time/clock.js';
import type { Frame } from '../timeline/frame.js';
import { displayWidth } from '../text/width.js';
import { padEnd, truncate } from './format.js';
import { useSpeaker } from './use-words.js';
import { frameNarration } from '../words/event.js';

interface Props {
  scenario: Scenario;
  /** The scripted frames up to now, oldest first (at most `height`). */
  events: readonly Frame[];
  index: number;
  width: number;
  height: number;
}

/** The scripted events up to now, newest last: the thread a class can follow. */
export function Story({ scenario, events, index, width, height }: Props) {
  const say = useSpeaker(scenario);
  const w = say.words;
  // Without the year "Mon 4 Oct" of one year reads like "Tue 4 Oct" of the next: a run
  // that crosses a new year dates every line in full.
  const years = localTime(scenario.start, scenario.zone).year !== localTime(scenario.end, scenario.zone).year;
  const dayTime = years ? w.time.dayDateClock : w.time.dayClock;
  // The widest a day and time can be (two-digit day and month), so the column lines up.
  const whenWidth = displayWidth(dayTime({ year: 2000, month: 12, day: 28, weekday: 3, minutes: 600 }));
  return (
    <Box flexDirection="column" borderStyle="round" width={width} height={height + 2}>
      <Box marginTop={-1} marginLeft={1}>
        <Text bold> {w.ui.storyTitle} </Text>
      </Box>
      {events.length === 0 ? <Text dimColor>{w.ui.noStoryYet}</Text> : null}
      {events.map((frame) => {
        const when = dayTime(localTime(frame.at, scenario.zone));
        const who = frame.event?.side ? say.actor(frame.event.side) : '';
        const mark = frame.index === index ? '›' : ' ';
        const line = `${mark} ${padEnd(when, whenWidth)}  ${padEnd(who, 10)} ${frameNarration(frame, say).replace(/\s+/g, ' ')}`;
        return (
          <Text key={frame.index} wrap="truncate" bold={frame.index === index}>
            {truncate(line, width - 2)}
          </Text>
        );
      })}
    </Box>
  );
}
