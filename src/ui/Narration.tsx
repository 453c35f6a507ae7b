import { Box, Text } from 'ink';
import { frameTag, narrationLines, type NarrationInput, type Tone } from './narration-lines.js';
import { useContext } from 'react';
import { wordsFor } from '../words/index.js';
import { useTone } from './theme.js';
import { LangContext } from './use-words.js';

interface Props extends NarrationInput {
  width: number;
  height: number;
  /** Stacked under the board: the top border joins the board's sides. */
  joined: boolean;
  /** The page of a story longer than the panel. */
  page: number;
}

const JOINED = {
  topLeft: '├',
  top: '─',
  topRight: '┤',
  left: '│',
  right: '│',
  bottomLeft: '╰',
  bottom: '─',
  bottomRight: '╯',
};

/** What happened at this frame, who acted, the source, and how a branch differs. */
export function Narration({ width, height, joined, page, ...given }: Props) {
  const tone = useTone();
  const lang = useContext(LangContext);
  const input = { ...given, lang };
  const w = wordsFor(lang).ui;
  const style = (t: Tone) => ({
    bold: t === 'history' || t === 'counterfactual',
    inverse: t === 'counterfactual',
    color:
      t === 'counterfactual' || t === 'note' ? tone('branch') : t === 'question' ? tone('accent') : undefined,
    dimColor: t === 'dim',
  });
  const title = ` ${input.branchFrom !== null ? w.branchTitle : w.whatHappened} · `;
  const tag = frameTag(input);
  return (
    <Box flexDirection="column" borderStyle={joined ? JOINED : 'round'} width={width} height={height + 2}>
      <Box marginTop={-1} marginLeft={1} width={width - 3}>
        <Text bold wrap="truncate">
          {title}
          <Text {...style(tag.tone)}>{tag.text}</Text>{' '}
        </Text>
      </Box>
      {narrationLines(input, width - 2, height, page).map((line, i) => (
        <Text key={i} wrap="truncate" {...style(line.tone)}>
          {line.text}
        </Text>
      ))}
    </Box>
  );
}
