import { Text } from 'ink';
import type { ChannelStatus } from '../model/scenario.js';
import { useTone } from './theme.js';

/** Can the two sides still talk, over how many channels, and which one is the last link. */
export function ReachLine({ reach }: { reach: { text: string; status: ChannelStatus } }) {
  const tone = useTone();
  const { text, status } = reach;
  return (
    <Text wrap="truncate" bold color={tone(status)}>
      {' '}
      {text}
    </Text>
  );
}
