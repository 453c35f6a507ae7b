import { Text } from 'ink';
import { memo } from 'react';
import { displayWidth, shortenByWords, truncate } from '../text/width.js';
import { fitParts } from './fit-parts.js';
import { SPEEDS, type UiState } from './state.js';
import { useTone } from './theme.js';
import { uiWords } from './ui-words.js';

/**
 * The prompt being typed, the last message, or what playback is doing: in `width` columns,
 * the playback state first, then what n / N follow, then whether checks are skipped.
 */
export function statusText(state: UiState, width = Infinity): string {
  const mode = state.mode;
  const w = uiWords(state).ui;
  // Cut here, not by Ink: its cut can end a column over at a wide character, and the
  // terminal then wraps the line and scrolls the header off the screen.
  const prompt =
    mode.kind === 'jump'
      ? w.jumpPrompt(mode.text)
      : mode.kind === 'count'
        ? w.countPrompt(mode.min, mode.max, mode.text)
        : null;
  // A prompt that refused what was typed says why first, the prompt after it where there is
  // room; the next key typed clears the message and shows the prompt again.
  if (prompt !== null)
    return state.message
      ? fitParts(
          [
            { text: state.message, rank: 0 },
            { text: prompt, rank: 1 },
          ],
          w.statusSeparator,
          width,
        )
      : truncate(prompt, width);
  // Presenting, a message is shortened by whole words, never cut inside one.
  if (state.message) return (state.present ? shortenByWords : truncate)(state.message, width);
  const channels = state.history.scenario.channels;
  const parts = [
    { text: state.playing ? w.playing(SPEEDS[state.speed]!) : w.paused, rank: 0 },
    { text: state.skipChecks ? w.eventsOnly : w.checksToo, rank: 2 },
    {
      text: w.follows(
        state.follow ? (channels.find((c) => c.id === state.follow)?.name ?? state.follow) : w.anyChannel,
      ),
      rank: state.follow ? 1 : 3,
    },
  ];
  return fitParts(parts, w.statusSeparator, width);
}

/** The status line's margin: one column before its words, and one kept free after them. */
const MARGIN = ' ';

/** The columns the status line's words may take on a screen `columns` wide. */
export const statusRoom = (columns: number): number => columns - 2 * displayWidth(MARGIN);

/** A prompt or a message is shown in the accent colour; what playback does, dimmed. */
export const statusIsLoud = (state: UiState): boolean =>
  state.mode.kind === 'jump' || state.mode.kind === 'count' || Boolean(state.message);

interface Props {
  /** The line's words, fitted to statusRoom (statusText). */
  text: string;
  loud: boolean;
}

/** The status line, drawn again only when its words or its tone change. */
export const StatusLine = memo(function StatusLine({ text, loud }: Props) {
  const tone = useTone();
  return (
    <Text wrap="truncate" color={loud ? tone('accent') : undefined} dimColor={!loud}>
      {MARGIN}
      {text}
    </Text>
  );
});
