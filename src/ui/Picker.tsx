import { Box, Text } from 'ink';
import type { Frame } from '../timeline/frame.js';
import { speakerFor } from '../words/speaker.js';
import { STATUS_MARK, truncate } from './format.js';
import { uiWords } from './ui-words.js';
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
  const say = speakerFor(scenario, state.lang);
  const w = say.words.ui;
  const when = say.long(frame.at);
  if (mode.kind === 'pick-channel') {
    const title = mode.purpose === 'what-if' ? w.whatIfAt(when) : w.followWhich;
    const items = scenario.channels.map((c) => {
      const view = frame.channels[c.id]!;
      return { label: c.name, note: `${STATUS_MARK[view.status]} ${say.words.status[view.status]}` };
    });
    return { title, items, cursor: mode.cursor };
  }
  if (mode.kind === 'pick-event') {
    const name = scenario.channels.find((c) => c.id === mode.channel)?.name ?? mode.channel;
    const items = mode.options.map((option) => ({
      label: whatIfWords(option, scenario, state.lang),
      note: `(${option.do})`,
    }));
    return { title: w.whatCouldHappen(name), items, cursor: mode.cursor };
  }
  if (mode.kind === 'count')
    return {
      title: w.howMany(whatIfWords(mode.whatIf, scenario, state.lang), mode.min, mode.max),
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
          {state.mode.kind === 'pick-channel' && state.mode.purpose === 'follow'
            ? uiWords(state).ui.followTitle
            : uiWords(state).ui.whatIfTitle}{' '}
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
