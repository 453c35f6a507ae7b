import { createContext, useContext } from 'react';
import type { ChannelStatus } from '../model/scenario.js';
import { STATUS_COLOR } from './format.js';

/**
 * Colour is only ever a second cue (marks and words carry the meaning). Chalk ignores
 * NO_COLOR, so the UI honours it here: https://no-color.org
 */
export const ColorContext = createContext(true);

export const colorWanted = (env: NodeJS.ProcessEnv = process.env): boolean => !env['NO_COLOR'];

/** The colour for a status, or undefined when colour is off. */
export function useTone(): (status: ChannelStatus | 'accent' | 'branch') => string | undefined {
  const color = useContext(ColorContext);
  return (status) =>
    !color
      ? undefined
      : status === 'accent'
        ? 'cyan'
        : status === 'branch'
          ? 'magenta'
          : STATUS_COLOR[status];
}
