import { Box, Text } from 'ink';
import { useMemo } from 'react';
import { debrief } from '../analysis/debrief.js';
import { debriefLines } from '../words/debrief.js';
import { runSoFar, type RunFrames, type Timeline } from '../timeline/timeline.js';
import type { Speaker } from '../words/speaker.js';
import { truncate, wrap } from './format.js';
import { useSpeaker, useWords } from './use-words.js';

/**
 * The debrief's lines: the figures up to frame `until`, or of the whole run (`until` null).
 * While the run is still being simulated (`growing`) there are no whole-run figures yet, and
 * the panel says it waits for them rather than show the figures of a run that is not whole.
 */
export function debriefText(
  timeline: RunFrames,
  until: number | null,
  growing: boolean,
  say: Speaker,
): string[] {
  if (until === null && growing) return [say.words.progress.debriefWaiting];
  const run = until === null ? timeline : runSoFar(timeline, until);
  return debriefLines(debrief(run), run.scenario, say, until !== null);
}

interface Props {
  timeline: Timeline;
  /** How many frames there are: the debrief is worked out again as history's simulation adds some. */
  frames: number;
  /** History is still being simulated: the whole run's figures wait for it. */
  growing: boolean;
  /** Figures up to this frame only (presenter mode: nothing from later steps); null: the whole run. */
  until: number | null;
  top: number;
  width: number;
  height: number;
}

/** The run's figures (time open, longest silence, who cut what), so far or whole, scrolled with ↑ ↓. */
export function DebriefPanel({ timeline, frames, growing, until, top, width, height }: Props) {
  const say = useSpeaker(timeline.scenario);
  const words = useWords();
  // The figures so far need no later frame: they are not worked out again as frames arrive.
  const text = useMemo(
    () => debriefText(timeline, until, growing, say),
    [timeline, until, growing, say, until === null ? frames : 0],
  );
  // Long lines wrap under their own indent, so nothing is cut off on a narrow terminal.
  const lines = text.flatMap((line) => {
    const indent = /^ */.exec(line)![0].length + 4;
    return wrap(line.trim(), width - 2 - indent).map((part, i) =>
      i === 0 ? ' '.repeat(indent - 4) + part : ' '.repeat(indent) + part,
    );
  });
  const first = Math.min(top, Math.max(0, lines.length - height));
  const more = lines.length - first - height;
  const c = words.classroom;
  const what = timeline.isBranch ? c.whatIf : c.run;
  // The step's date in the screen's language: say, not the English formatDateTime.
  const heading =
    until === null ? c.debriefWhole(what) : c.debriefSoFar(what, say.dateTime(timeline.frames[until]!.at));
  const title = ` ${heading} · ${c.debriefToggle(until === null)}${more > 0 ? ` ${c.moreBelow(more)}` : ''} `;
  return (
    <Box flexDirection="column" borderStyle="round" width={width} height={height + 2}>
      <Box marginTop={-1} marginLeft={1}>
        <Text bold>{title}</Text>
      </Box>
      {lines.slice(first, first + height).map((line, i) => (
        <Text key={first + i} wrap="truncate" bold={!line.startsWith(' ')}>
          {truncate(line, width - 2)}
        </Text>
      ))}
    </Box>
  );
}
