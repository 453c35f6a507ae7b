import { Box, Text } from 'ink';
import { STATUSES } from '../model/scenario.js';
import { NOW_GLYPH } from '../text/glyphs.js';
import type { Words } from '../words/index.js';
import { LANE_CHAR, STATUS_MARK, padEnd, wrap } from './format.js';
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
  ['p', 'present'],
  ['] [ PgDn', 'pages'],
  ['d', 'debrief'],
  ['f', 'whole'],
  ['q  Ctrl-C', 'quit'],
];

const KEY_WIDTH = 11;

/** Keys and the meaning of every mark, in place of the panels; long lines wrap, ↑ ↓ scroll. */
export function HelpOverlay({ width, height, top }: { width: number; height: number; top: number }) {
  const words = useWords();
  const w = words.ui;
  const entries = [
    ...KEYS.map(([key, help]) => ({ key, what: w.help[help] })),
    { key: '', what: '' },
    { key: w.marksKey, what: w.marks(STATUSES.map((s) => `${STATUS_MARK[s]} ${words.status[s]}`)) },
    {
      key: w.lanesKey,
      what: w.lanes(
        STATUSES.map((s) => `${LANE_CHAR[s]} ${words.state[s]}`),
        NOW_GLYPH,
      ),
    },
    { key: w.differsKey, what: w.differsHelp },
  ];
  const lines = entries.flatMap(({ key, what }) =>
    (what ? wrap(what, width - 3 - KEY_WIDTH) : ['']).map((part, i) => ({
      key: i === 0 ? key : '',
      what: part,
    })),
  );
  const first = Math.min(top, Math.max(0, lines.length - height));
  const more = lines.length - first - height;
  return (
    <Box flexDirection="column" borderStyle="round" width={width} height={height + 2}>
      <Box marginTop={-1} marginLeft={1}>
        <Text bold>
          {' '}
          {w.helpTitle}
          {more > 0 ? ` ${words.classroom.moreBelow(more)}` : ''}{' '}
        </Text>
      </Box>
      {lines.slice(first, first + height).map((line, i) => (
        <Text key={first + i} wrap="truncate">
          <Text bold>{padEnd(line.key, KEY_WIDTH)}</Text> {line.what}
        </Text>
      ))}
    </Box>
  );
}
