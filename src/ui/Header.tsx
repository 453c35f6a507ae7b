import { Box, Text } from 'ink';
import type { Scenario } from '../model/scenario.js';
import { displayWidth } from '../text/width.js';
import { truncate } from './format.js';
import { useTone } from './theme.js';
import { useSpeaker } from './use-words.js';

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

/** Title, the moment shown in the scenario's own zone, the step, and a WHAT-IF flag. */
export function Header({ scenario, at, index, count, branch, simulating = false, width }: Props) {
  const tone = useTone();
  const say = useSpeaker(scenario);
  const mark = simulating ? ` ${say.words.progress.mark}` : '';
  const right = `${say.long(at)}  ${index + 1}/${count}${mark}`;
  const flag = branch ? ` ${say.words.ui.whatIfFlag} ` : '';
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
