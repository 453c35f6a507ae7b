import { Text } from 'ink';
import type { Scenario } from '../model/scenario.js';
import type { Frame } from '../timeline/frame.js';
import { reachText } from './reach-text.js';
import { useTone } from './theme.js';
import { useSpeaker } from './use-words.js';

/** Can the two sides still talk, over how many channels, and which one is the last link. */
export function ReachLine({ scenario, frame }: { scenario: Scenario; frame: Frame }) {
  const tone = useTone();
  const { text, status } = reachText(scenario, frame, useSpeaker(scenario));
  return (
    <Text wrap="truncate" bold color={tone(status)}>
      {' '}
      {text}
    </Text>
  );
}
