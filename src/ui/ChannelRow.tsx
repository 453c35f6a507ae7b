import { Box, Text } from 'ink';
import type { ChannelView } from '../channels/status.js';
import type { ChannelSpec, ChannelStatus } from '../model/scenario.js';
import { displayWidth } from '../text/width.js';
import { STATUS_MARK, padEnd, truncate } from './format.js';
import { useWords } from './use-words.js';
import { useTone } from './theme.js';

export interface RowText {
  number: string;
  name: string;
  reason: string;
  /** The state in a few words ("South 20 present · North withdrawn"). */
  detail: string;
  /** The last check call's time and result, or a note when there has been none. */
  check: string | null;
  checked: boolean;
  /** History's status when this branch differs from it. */
  was: ChannelStatus | null;
}

interface Props {
  spec: ChannelSpec;
  view: ChannelView;
  text: RowText;
  nameWidth: number;
  width: number;
  /** 1: all on one line; 2: a detail line; 3: reason and detail lines of their own. */
  lines: 1 | 2 | 3;
}

/** One channel: mark, name, status word, why; then its detail line and last check. */
export function ChannelRow({ view, text, nameWidth, width, lines }: Props) {
  const tone = useTone();
  const words = useWords();
  const w = words.ui;
  // The status column fits the longest status word of the language, and a space.
  const statusWidth = Math.max(...Object.values(words.status).map(displayWidth)) + 1;
  const lead = `${text.number} `;
  const was = text.was ? w.wasInHistory(words.status[text.was]) : '';
  const label = lines === 3 && text.checked ? `${w.checkLabel} ` : '';
  const check = lines !== 2 && text.check ? `  ${label}${text.check}` : '';
  const used = displayWidth(lead) + 2 + nameWidth + 1 + statusWidth;
  // With a reason line of its own, the "≠ history" mark leads that line instead.
  const wasInline = lines === 3 ? '' : was;
  const reasonRoom = Math.max(
    0,
    width - used - (wasInline ? displayWidth(wasInline) + 1 : 0) - displayWidth(check),
  );
  const inline = lines === 3 ? '' : text.reason;
  const indent = ' '.repeat(displayWidth(lead) + 2);
  const checkRoom = text.check ? displayWidth(text.check) + 2 : 0;
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate">
        {lead}
        <Text color={tone(view.status)} bold>
          {STATUS_MARK[view.status]}
        </Text>{' '}
        {padEnd(text.name, nameWidth)}{' '}
        <Text color={tone(view.status)} bold>
          {padEnd(words.status[view.status], statusWidth)}
        </Text>
        {wasInline ? (
          <Text inverse color={tone('branch')}>
            {wasInline}
          </Text>
        ) : null}
        {wasInline ? ' ' : ''}
        {padEnd(truncate(inline, reasonRoom), reasonRoom)}
        <Text dimColor>{check}</Text>
      </Text>
      {lines === 3 ? (
        <Text wrap="truncate">
          {indent}
          {was ? (
            <Text inverse color={tone('branch')}>
              {was}
            </Text>
          ) : null}
          {was ? ' ' : ''}
          {truncate(text.reason, width - indent.length - (was ? displayWidth(was) + 1 : 0))}
        </Text>
      ) : null}
      {lines === 3 ? (
        <Text wrap="truncate" dimColor>
          {indent}
          {truncate(text.detail, width - indent.length)}
        </Text>
      ) : null}
      {lines === 2 ? (
        <Text wrap="truncate" dimColor>
          {indent}
          {padEnd(text.detail, Math.max(0, width - indent.length - checkRoom))}
          {text.check ? `  ${text.check}` : ''}
        </Text>
      ) : null}
    </Box>
  );
}
