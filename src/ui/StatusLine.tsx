import { Text } from 'ink';
import { SPEEDS, type UiState } from './state.js';
import { useTone } from './theme.js';
import { uiWords } from './ui-words.js';

/** The prompt being typed, the last message, or what playback is doing. */
export function statusText(state: UiState): string {
  const mode = state.mode;
  const w = uiWords(state).ui;
  if (mode.kind === 'jump') return w.jumpPrompt(mode.text);
  if (mode.kind === 'count') return w.countPrompt(mode.min, mode.max, mode.text);
  if (state.message) return state.message;
  const channels = state.history.scenario.channels;
  const parts = [
    state.playing ? w.playing(SPEEDS[state.speed]!) : w.paused,
    state.skipChecks ? w.eventsOnly : w.checksToo,
    w.follows(
      state.follow ? (channels.find((c) => c.id === state.follow)?.name ?? state.follow) : w.anyChannel,
    ),
  ];
  return w.joinStatus(parts);
}

export function StatusLine({ state }: { state: UiState }) {
  const tone = useTone();
  const prompt = state.mode.kind === 'jump' || state.mode.kind === 'count';
  return (
    <Text
      wrap="truncate"
      color={prompt || state.message ? tone('accent') : undefined}
      dimColor={!prompt && !state.message}
    >
      {' '}
      {statusText(state)}
    </Text>
  );
}
