import { Text } from 'ink';
import { WIDE_COLUMNS } from './layout.js';
import type { UiState } from './state.js';

/** The keys that work right now, most useful first (cut at the right edge when narrow). */
export function keysFor(state: UiState, width = 200): string {
  const wide = width >= WIDE_COLUMNS;
  switch (state.mode.kind) {
    case 'help':
      return 'Esc/? close help  q quit';
    case 'debrief':
      return '↑↓ scroll  Esc/d close  q quit';
    case 'jump':
    case 'count':
      return 'Enter go  Backspace erase  Esc cancel';
    case 'pick-channel':
    case 'pick-event':
      return 'type its number or ↑↓ then Enter  Esc cancel';
    case 'browse':
      if (state.branch) return '←→ step  b back to history  w save as scenario  ? help  q quit  space play';
      return wide
        ? '←→ step  space play  g/G start/end  / jump  n/N next change  s skip checks  i what-if  d debrief  ? help  q quit'
        : '←→ step  ? help  q quit  space play  / jump  n/N change  i what-if  d debrief';
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
