import { Box, Text } from 'ink';
import type { Scenario } from '../model/scenario.js';
import { displayWidth } from '../text/width.js';
import { truncate } from './format.js';
import { useTone } from './theme.js';
import { useSpeaker } from './use-words.js';
import type { Speaker } from '../words/speaker.js';

interface Props {
  scenario: Scenario;
  at: number;
  index: number;
  count: number;
  branch: boolean;
  /** History is still being simulated: the count grows, and the header says so. */
  simulating?: boolean;
  width: number;
}

/** "4/19", or while history grows "4/350+ simulating…": the count so far, and more to come. */
export function stepLabel(say: Speaker, index: number, count: number, simulating: boolean): string {
  const mark = simulating ? ` ${say.words.progress.mark}` : '';
  return `${index + 1}/${simulating ? say.words.progress.soFar(count) : count}${mark}`;
}

/** Title, the moment shown in the scenario's own zone, the step, and a WHAT-IF flag. */
export function Header({ scenario, at, index, count, branch, simulating = false, width }: Props) {
  const tone = useTone();
  const say = useSpeaker(scenario);
  const step = stepLabel(say, index, count, simulating);
  const dated = `${say.long(at)}  ${step}`;
  // One line whatever the width: the title gives way first, then the flag's long form, then the date.
  const fits = (flag: string, right: string) => displayWidth(flag) + displayWidth(right) + 4 <= width;
  const long = ` ${say.words.ui.whatIfFlag} `;
  const flag = !branch ? '' : fits(long, dated) ? long : ` ${say.words.ui.whatIfFlagShort} `;
  const right = fits(flag, dated) ? dated : step;
  const room = width - displayWidth(right) - displayWidth(flag) - 4;
  const title = truncate(width >= 100 ? `liaison-sim · ${scenario.title}` : scenario.title, room);
  return (
    <Box width={width} justifyContent="space-between">
      <Text wrap="truncate">
        {branch ? (
          <Text inverse bold color={tone('branch')}>
            {flag}
          </Text>
        ) : null}
        <Text bold> {title}</Text>
      </Text>
      <Text bold>{right} </Text>
    </Box>
  );
}
