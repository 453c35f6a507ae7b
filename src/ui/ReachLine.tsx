import { Text } from 'ink';
import { fitReach, type ReachText } from './reach-text.js';
import { useTone } from './theme.js';

/**
 * Can the two sides still talk, over how many channels, and which one is the last link. On a
 * narrow screen the count gives way before the last link does.
 */
export function ReachLine({ reach, width }: { reach: ReachText; width: number }) {
  const tone = useTone();
  return (
    <Text wrap="truncate" bold color={tone(reach.status)}>
      {' '}
      {fitReach(reach, width - 1)}
    </Text>
  );
}
