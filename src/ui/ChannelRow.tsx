import { Box, Text } from 'ink';
import { memo } from 'react';
import type { ChannelStatus } from '../model/scenario.js';
import { displayWidth } from '../text/width.js';
import { STATUS_MARK, padEnd } from './format.js';
import { DIFFERS_GLYPH } from '../text/glyphs.js';
import { NO_MARK, planRow } from './row-layout.js';
import { sameFields } from './same-fields.js';
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
  status: ChannelStatus;
  text: RowText;
  nameWidth: number;
  width: number;
  /** 1: all on one line; 2: a detail line; 3: reason and detail lines of their own. */
  lines: 1 | 2 | 3;
  /** Presenter mode: words shown whole or not at all (see planRow). */
  whole: boolean;
}

/**
 * One channel: mark, name, status word, why; then its detail line and last check. A step
 * redraws only the rows whose words or status changed.
 */
export const ChannelRow = memo(function ChannelRow({ status, text, nameWidth, width, lines, whole }: Props) {
  const tone = useTone();
  const words = useWords();
  const w = words.ui;
  // The status column fits the longest status word of the language, and a space.
  const statusWidth = Math.max(...Object.values(words.status).map(displayWidth)) + 1;
  const lead = `${text.number} `;
  const was = text.was ? w.wasInHistory(words.status[text.was]) : '';
  const label = lines === 3 && text.checked ? `${w.checkLabel} ` : '';
  const used = displayWidth(lead) + 2 + nameWidth + 1 + statusWidth;
  // On a row of one line the reason comes before the last check: the check gives way
  // rather than cut the reason.
  const reasonWidth = displayWidth([text.reason, was].filter(Boolean).join(' '));
  const withCheck = text.check ? `  ${label}${text.check}` : '';
  const giveWay = lines === 1 && reasonWidth > width - used - displayWidth(withCheck);
  // Presenting, a check that would run past the row's end gives way too, rather than be cut.
  const overflows = whole && displayWidth(withCheck) > width - used;
  const check = lines !== 2 && !giveWay && !overflows ? withCheck : '';
  const indent = ' '.repeat(displayWidth(lead) + 2);
  const checkRoom = text.check ? displayWidth(text.check) + 2 : 0;
  const first = Math.max(0, width - used - displayWidth(check));
  const below = Math.max(0, width - indent.length - (lines === 2 ? checkRoom : 0));
  const mark = text.was ? { long: was, short: DIFFERS_GLYPH } : NO_MARK;
  const plan = planRow(text.reason, mark, text.detail, { lines, first, below, whole });
  const marked = (shown: string) =>
    shown ? (
      <Text inverse color={tone('branch')}>
        {shown}
      </Text>
    ) : null;
  const gap = (a: string, b: string) => (a && b ? ' ' : '');
  const fill = (room: number, ...parts: string[]) =>
    ' '.repeat(Math.max(0, room - displayWidth(parts.filter(Boolean).join(' '))));
  const second = plan.second;
  const sep = second && second.detail && (second.reason || second.was) ? '  ' : '';
  const secondWidth = second
    ? displayWidth(`${second.reason}${gap(second.reason, second.was)}${second.was}${sep}${second.detail}`)
    : 0;
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate">
        {lead}
        <Text color={tone(status)} bold>
          {STATUS_MARK[status]}
        </Text>{' '}
        {padEnd(text.name, nameWidth)}{' '}
        <Text color={tone(status)} bold>
          {padEnd(words.status[status], statusWidth)}
        </Text>
        {plan.reason}
        {gap(plan.reason, plan.was)}
        {marked(plan.was)}
        {fill(first, plan.reason, plan.was)}
        <Text dimColor>{check}</Text>
      </Text>
      {second ? (
        <Text wrap="truncate">
          {indent}
          {second.reason}
          {gap(second.reason, second.was)}
          {marked(second.was)}
          {sep}
          <Text dimColor>{second.detail}</Text>
          {lines === 2 ? ' '.repeat(Math.max(0, below - secondWidth)) : ''}
          <Text dimColor>{lines === 2 && text.check ? `  ${text.check}` : ''}</Text>
        </Text>
      ) : null}
      {plan.third ? (
        <Text wrap="truncate">
          {indent}
          {plan.third.reason}
          {gap(plan.third.reason, plan.third.was)}
          {marked(plan.third.was)}
          {gap(plan.third.was, plan.third.detail)}
          <Text dimColor>{plan.third.detail}</Text>
        </Text>
      ) : null}
    </Box>
  );
}, sameRow);

function sameRow(a: Props, b: Props): boolean {
  return (
    a.status === b.status &&
    a.nameWidth === b.nameWidth &&
    a.width === b.width &&
    a.lines === b.lines &&
    a.whole === b.whole &&
    sameFields(a.text, b.text)
  );
}
