import { Box, Text } from 'ink';
import { formatLong } from '../time/clock.js';
import type { Frame } from '../timeline/frame.js';
import { STATUS_MARK, STATUS_WORD, truncate } from './format.js';
import { shown, type UiState } from './state.js';
import { whatIfWords } from './what-if-words.js';

interface Item {
  label: string;
  note: string;
}

function pickerContent(
  state: UiState,
  frame: Frame,
): { title: string; items: Item[]; cursor: number } | null {
  const scenario = shown(state).scenario;
  const mode = state.mode;
  const when = formatLong(frame.at, scenario.zone);
  if (mode.kind === 'pick-channel') {
    const title =
      mode.purpose === 'what-if'
        ? `What if… at ${when}. Which channel?`
        : 'Which channel should n / N follow? (0: any channel)';
    const items = scenario.channels.map((c) => {
      const view = frame.channels[c.id]!;
      return { label: c.name, note: `${STATUS_MARK[view.status]} ${STATUS_WORD[view.status]}` };
    });
    return { title, items, cursor: mode.cursor };
  }
  if (mode.kind === 'pick-event') {
    const name = scenario.channels.find((c) => c.id === mode.channel)?.name ?? mode.channel;
    const items = mode.options.map((w) => ({ label: whatIfWords(w, scenario), note: `(${w.do})` }));
    return { title: `What could happen now to ${name}?`, items, cursor: mode.cursor };
  }
  if (mode.kind === 'count')
    return {
      title: `${whatIfWords(mode.whatIf, scenario)}: how many people? Type ${mode.min}–${mode.max}, then Enter.`,
      items: [],
      cursor: 0,
    };
  return null;
}

/** The numbered what-if (or follow) list, windowed around the cursor. */
export function Picker({
  state,
  frame,
  width,
  height,
}: {
  state: UiState;
  frame: Frame;
  width: number;
  height: number;
}) {
  const content = pickerContent(state, frame);
  if (!content) return null;
  const rows = Math.max(1, height - 2);
  const top = Math.min(Math.max(0, content.cursor - rows + 1), Math.max(0, content.items.length - rows));
  const digits = String(content.items.length).length;
  return (
    <Box flexDirection="column" borderStyle="round" width={width} height={height + 2}>
      <Box marginTop={-1} marginLeft={1}>
        <Text bold>
          {' '}
          {state.mode.kind === 'pick-channel' && state.mode.purpose === 'follow' ? 'Follow' : 'What if'}{' '}
        </Text>
      </Box>
      <Text bold wrap="truncate">
        {truncate(content.title, width - 2)}
      </Text>
      <Text> </Text>
      {content.items.slice(top, top + rows).map((item, i) => {
        const index = top + i;
        const current = index === content.cursor;
        return (
          <Text key={index} wrap="truncate" inverse={current}>
            {current ? '›' : ' '} {String(index + 1).padStart(digits)} {item.label}
            <Text dimColor> {item.note}</Text>
          </Text>
        );
      })}
    </Box>
  );
}
