import { constants } from 'node:os';

/** The signals that end liaison-sim (SIGUSR1 is left alone: Node uses it for its debugger). */
export const ENDING_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT', 'SIGUSR2'] as const;

/** The exit code a shell reports for a process ended by `signal`: 128 + its number. */
export const exitCodeOf = (signal: NodeJS.Signals): number => 128 + constants.signals[signal];

/**
 * Calls `onSignal` with the conventional exit code when any ending signal arrives, instead
 * of dying on the spot (which runs no clean-up at all). Returns the function that stops
 * listening.
 */
export function onEndingSignals(onSignal: (code: number, signal: NodeJS.Signals) => void): () => void {
  const listener = (signal: NodeJS.Signals) => onSignal(exitCodeOf(signal), signal);
  for (const signal of ENDING_SIGNALS) process.on(signal, listener);
  return () => {
    for (const signal of ENDING_SIGNALS) process.off(signal, listener);
  };
}
