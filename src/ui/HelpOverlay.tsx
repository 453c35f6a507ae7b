import { Box, Text } from 'ink';
import { NOW_GLYPH } from '../text/glyphs.js';
import type { Words } from '../words/index.js';
import { LANE_CHAR, STATUS_MARK, padEnd } from './format.js';
import { useWords } from './use-words.js';

/** The keys, and which line of help says what each does (the words are the language's). */
const KEYS: [string, keyof Words['ui']['help']][] = [
  ['→ l / ← h', 'step'],
  ['g / G', 'edges'],
  ['space', 'play'],
  ['s', 'skip'],
  ['/', 'jump'],
  ['n / N', 'change'],
  ['c', 'follow'],
  ['↑ / ↓', 'scroll'],
  ['i', 'whatIf'],
  ['b Esc / w', 'branch'],
  ['a', 'answer'],
  ['d', 'debrief'],
  ['q  Ctrl-C', 'quit'],
];

/** Keys and the meaning of every mark, in place of the panels. */
export function HelpOverlay({ width, height }: { width: number; height: number }) {
  const w = useWords().ui;
  const lines = [
    ...KEYS.map(([key, help]) => ({ key, what: w.help[help] })),
    { key: '', what: '' },
    { key: w.marksKey, what: w.marks(STATUS_MARK) },
    { key: w.lanesKey, what: w.lanes(LANE_CHAR, NOW_GLYPH) },
    { key: w.differsKey, what: w.differsHelp },
  ];
  return (
    <Box flexDirection="column" borderStyle="round" width={width} height={height + 2}>
      <Box marginTop={-1} marginLeft={1}>
        <Text bold> {w.helpTitle} </Text>
      </Box>
      {lines.slice(0, height).map((line, i) => (
        <Text key={i} wrap="truncate">
          <Text bold>{padEnd(line.key, 11)}</Text> {line.what}
        </Text>
      ))}
    </Box>
  );
}
