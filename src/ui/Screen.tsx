import { Box, Text } from 'ink';
import { kindOf } from '../channels/registry.js';
import { ChannelBoard } from './ChannelBoard.js';
import { DebriefPanel } from './DebriefPanel.js';
import { Header } from './Header.js';
import { HelpOverlay } from './HelpOverlay.js';
import { KeyBar, fitKeys, keysFor, keysRoom } from './KeyBar.js';
import { columnOf } from './lanes.js';
import { MIN_COLUMNS, MIN_ROWS, planLayout } from './layout.js';
import { Narration } from './Narration.js';
import { narrationNeed, type NarrationInput } from './narration-lines.js';
import { Picker } from './Picker.js';
import { ReachLine } from './ReachLine.js';
import { shown, type UiState } from './state.js';
import { growing } from './ui-state.js';
import { StatusLine, statusIsLoud, statusRoom, statusText } from './StatusLine.js';
import { uiWords } from './ui-words.js';
import { Story } from './Story.js';
import { LEGEND_WIDTH, TimelineStrip, labelWidth } from './TimelineStrip.js';
import { useFrameFacts } from './use-frame-facts.js';
import { useDiffers, useStrip } from './use-screen-data.js';

interface Props {
  state: UiState;
  columns: number;
  rows: number;
}

/** The whole screen for one UI state; it only renders. */
export function Screen({ state, columns, rows }: Props) {
  const timeline = shown(state);
  const { scenario, frames } = timeline;
  const frame = frames[state.index]!;
  const differs = useDiffers(state.branch, state.index);
  // Worked out once per frame, outside the panels; the story takes as many as it has lines.
  const facts = useFrameFacts(timeline, state.index, rows);
  const offices = scenario.channels.filter((c) => kindOf(c.kind).detailMatters).length;
  const narration: NarrationInput = {
    scenario,
    frame,
    questions: facts.questions,
    showAnswers: state.answersAt === state.index,
    branchFrom: timeline.origin?.fromIndex ?? null,
    differs,
    // The layout sizes the panel by the words the panel will show: the screen's language.
    lang: state.lang,
  };
  const layout = planLayout(columns, rows, scenario.channels.length, offices, {
    present: state.present,
    narration: (width) => narrationNeed(narration, width),
  });
  const track = Math.max(1, columns - labelWidth(columns) - LEGEND_WIDTH);
  const { lanes, end } = useStrip(timeline, track, frames.length, growing(state));
  const cursor = columnOf(frame.at, scenario.start, end, track);
  // At the column history is still being simulated in, the cursor shows this frame's own
  // statuses, as presenter mode does, not a column still filling in.
  const edge = growing(state) && cursor >= (lanes[0]?.length ?? 0);
  if (layout.tooSmall) return <Text>{uiWords(state).ui.tooSmall(columns, rows, MIN_COLUMNS, MIN_ROWS)}</Text>;
  const first = Math.min(state.scroll, scenario.channels.length - layout.shownChannels);
  const story = layout.storyLines > 0 ? layout.storyLines + 2 : 0;
  // Help, debrief and pickers take the timeline strip's lines as well.
  const overlay = state.mode.kind !== 'browse' && state.mode.kind !== 'jump';
  const panelLines =
    (layout.wide ? layout.narrationLines : layout.boardLines + layout.narrationLines + 1) +
    story +
    (overlay ? layout.lanes + 1 : 0);
  const body =
    state.mode.kind === 'help' ? (
      <HelpOverlay width={columns} height={panelLines} top={state.mode.top} />
    ) : state.mode.kind === 'debrief' ? (
      <DebriefPanel
        timeline={timeline}
        frames={frames.length}
        growing={growing(state)}
        until={state.mode.whole ? null : state.index}
        top={state.mode.top}
        width={columns}
        height={panelLines}
      />
    ) : state.mode.kind === 'pick-channel' ||
      state.mode.kind === 'pick-event' ||
      state.mode.kind === 'count' ? (
      <Picker state={state} frame={frame} width={columns} height={panelLines} />
    ) : (
      <Box flexDirection={layout.wide ? 'row' : 'column'}>
        <ChannelBoard
          scenario={scenario}
          frame={frame}
          lastChecks={facts.lastChecks}
          differs={differs}
          first={first}
          count={layout.shownChannels}
          detail={layout.detail}
          width={layout.boardWidth}
          height={layout.boardLines}
          joined={!layout.wide}
          present={state.present}
        />
        <Narration
          {...narration}
          page={state.storyPage}
          width={layout.sideWidth}
          height={layout.narrationLines}
          joined={!layout.wide}
        />
      </Box>
    );
  return (
    <Box flexDirection="column" width={columns} height={layout.height}>
      <Header
        scenario={scenario}
        at={frame.at}
        index={state.index}
        count={frames.length}
        branch={state.branch !== null}
        simulating={growing(state)}
        width={columns}
      />
      {body}
      {layout.storyLines > 0 && !overlay ? (
        <Story
          scenario={scenario}
          events={facts.story.slice(-layout.storyLines)}
          index={state.index}
          width={columns}
          height={layout.storyLines}
        />
      ) : null}
      <ReachLine reach={facts.reach} width={columns} />
      {overlay ? null : (
        <TimelineStrip
          scenario={scenario}
          lanes={lanes}
          cursor={cursor}
          first={first}
          count={layout.lanes}
          width={columns}
          now={state.present || edge ? frame : null}
          differs={differs.size > 0}
        />
      )}
      <Box flexGrow={1} />
      {/* Their words are worked out here, once a step; the bars redraw only when they change. */}
      <StatusLine text={statusText(state, statusRoom(columns))} loud={statusIsLoud(state)} />
      <KeyBar
        keys={fitKeys(keysFor(state, columns), keysRoom(columns), uiWords(state).ui.bar.allKeys)}
        width={columns}
      />
    </Box>
  );
}
