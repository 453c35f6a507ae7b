import { useApp } from 'ink';
import type { SimulationFeed } from '../session/progressive.js';
import type { Timeline } from '../timeline/timeline.js';
import { Screen } from './Screen.js';
import { ColorContext } from './theme.js';
import { useKeyRouter } from './use-key-router.js';
import { usePlayback } from './use-playback.js';
import { useSave } from './use-save.js';
import { useSimulationFeed } from './use-simulation-feed.js';
import { useUiState } from './use-ui-state.js';
import { LangContext } from './use-words.js';
import { wordsFor } from '../words/index.js';
import type { Lang } from '../words/lang.js';

export interface AppProps {
  timeline: Timeline;
  columns: number;
  rows: number;
  color?: boolean;
  /** Writes a what-if branch somewhere and returns the path (kept outside the UI). */
  save?: (branch: Timeline) => Promise<string>;
  /** The language of every word on the screen; English unless asked. */
  lang?: Lang;
  /** History still being simulated: `timeline` is its growing timeline, and this tells of its progress. */
  feed?: SimulationFeed;
  /** Start in presenter mode (p toggles it). */
  present?: boolean;
}

/** State, playback and the key router; the Screen draws. */
export function App({
  timeline,
  columns,
  rows,
  color = true,
  save,
  lang = 'en',
  feed,
  present = false,
}: AppProps) {
  const [state, dispatch] = useUiState(timeline, {
    lang,
    present,
    simulating: feed !== undefined && !feed.done,
  });
  const { exit } = useApp();
  useSimulationFeed(feed, dispatch, exit);
  usePlayback(state.playing, state.speed, dispatch);
  const onSave = useSave(state.branch, dispatch, save, wordsFor(lang));
  useKeyRouter(state.request, dispatch, { quit: () => exit(), save: onSave });
  return (
    <LangContext.Provider value={lang}>
      <ColorContext.Provider value={color}>
        {/* A new size gets a freshly built screen: Ink misplaces rows when a
            laid-out tree is reshaped in place (seen on resize). */}
        <Screen key={`${columns}x${rows}`} state={state} columns={columns} rows={rows} />
      </ColorContext.Provider>
    </LangContext.Provider>
  );
}
