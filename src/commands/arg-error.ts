/**
 * What went wrong on the command line, in plain words: node's parseArgs errors name their
 * own API ("To specify a positional argument…"), and whatever the user typed is shown
 * with its control characters visible, so an argument cannot steer the terminal.
 */
import { closest } from '../scenario/suggest.js';
import { quote } from '../text/sanitize.js';
import type { Words } from '../words/index.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
}

/** The option a parseArgs message quotes: '--jsn', or '--at <value>' / '-h, --help'. */
const quoted = (message: string) => /'([^']*)'/.exec(message)?.[1] ?? '';

/** The words for a parseArgs error, given the options the command takes, in the reader's language. */
export function argErrorText(
  error: unknown,
  options: Record<string, OptionSpec>,
  words: Words['cli']['options'],
): string {
  const { code, message } = error as { code?: string; message: string };
  const names = Object.keys(options);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const typed = quoted(message);
    const guess = closest(typed.replace(/^-+/, '').replace(/=.*$/, ''), names);
    return words.noSuch(
      quote(typed),
      guess === null ? null : `--${guess}`,
      names.map((n) => `--${n}`),
    );
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const long = /--([\w-]+)/.exec(quoted(message))?.[1];
    if (long !== undefined && options[long]?.type === 'string') return words.needsValue(`--${long}`);
    if (long !== undefined) return words.takesNoValue(`--${long}`);
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
    return words.unexpectedArgument(quote(quoted(message)));
  return quote(message, 200);
}
