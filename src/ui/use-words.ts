import { createContext, useContext, useMemo } from 'react';
import type { Scenario } from '../model/scenario.js';
import { wordsFor, type Words } from '../words/index.js';
import type { Lang } from '../words/lang.js';
import { speakerFor, type Speaker } from '../words/speaker.js';

/** The language the screen speaks; the App provides it. */
export const LangContext = createContext<Lang>('en');

/** Every word of the screen, in its language. */
export const useWords = (): Words => wordsFor(useContext(LangContext));

/** The screen's words bound to a scenario's names and zone. */
export function useSpeaker(scenario: Scenario): Speaker {
  const lang = useContext(LangContext);
  return useMemo(() => speakerFor(scenario, lang), [scenario, lang]);
}
