import { Text } from 'ink';
import { WIDE_COLUMNS } from './layout.js';
import type { UiState } from './state.js';
import { uiWords } from './ui-words.js';

/** The keys that work right now, most useful first (cut at the right edge when narrow). */
export function keysFor(state: UiState, width = 200): string {
  const wide = width >= WIDE_COLUMNS;
  const bar = uiWords(state).ui.bar;
  switch (state.mode.kind) {
    case 'help':
      return bar.help;
    case 'debrief':
      return bar.debrief;
    case 'jump':
    case 'count':
      return bar.prompt;
    case 'pick-channel':
    case 'pick-event':
      return bar.pick;
    case 'browse':
      if (state.present && !state.branch) return bar.present;
      if (state.branch) return bar.branch;
      return wide ? bar.wide : bar.narrow;
  }
}

export function KeyBar({ state, width }: { state: UiState; width: number }) {
  return (
    <Text wrap="truncate" inverse>
      {' '}
      {keysFor(state, width)}{' '}
    </Text>
  );
}
