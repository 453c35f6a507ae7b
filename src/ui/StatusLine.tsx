import { Text } from 'ink';
import { SPEEDS, type UiState } from './state.js';
import { useTone } from './theme.js';

/** The prompt being typed, the last message, or what playback is doing. */
export function statusText(state: UiState): string {
  const mode = state.mode;
  if (mode.kind === 'jump') return `Jump to YYYY-MM-DD or YYYY-MM-DD HH:MM: ${mode.text}▏`;
  if (mode.kind === 'count') return `How many people? (${mode.min}–${mode.max}): ${mode.text}▏`;
  if (state.message) return state.message;
  const channels = state.history.scenario.channels;
  const parts = [
    state.playing
      ? `▶ playing, ${SPEEDS[state.speed]} step${SPEEDS[state.speed] === 1 ? '' : 's'}/s (+ -)`
      : '⏸ paused (space plays)',
    state.skipChecks ? 'scripted events only (s: all)' : 'routine checks too (s: skip)',
    `n/N: changes of ${state.follow ? (channels.find((c) => c.id === state.follow)?.name ?? state.follow) : 'any channel'}`,
  ];
  return parts.join('  ·  ');
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
