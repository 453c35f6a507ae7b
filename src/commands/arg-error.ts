/**
 * What went wrong on the command line, in plain words: node's parseArgs errors name their
 * own API ("To specify a positional argument…"), and whatever the user typed is shown
 * with its control characters visible, so an argument cannot steer the terminal.
 */
import { closest } from '../scenario/suggest.js';
import { quote } from '../text/sanitize.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
}

/** The option a parseArgs message quotes: '--jsn', or '--at <value>' / '-h, --help'. */
const quoted = (message: string) => /'([^']*)'/.exec(message)?.[1] ?? '';

/** The words for a parseArgs error, given the options the command takes. */
export function argErrorText(error: unknown, options: Record<string, OptionSpec>): string {
  const { code, message } = error as { code?: string; message: string };
  const names = Object.keys(options);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const typed = quoted(message);
    const guess = closest(typed.replace(/^-+/, '').replace(/=.*$/, ''), names);
    const known = names.map((n) => `--${n}`).join(', ');
    return `there is no option ${quote(typed)}; ${guess === null ? `this command takes ${known}` : `did you mean --${guess}?`}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const long = /--([\w-]+)/.exec(quoted(message))?.[1];
    if (long !== undefined && options[long]?.type === 'string') return `--${long} needs a value after it`;
    if (long !== undefined) return `--${long} takes no value`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
    return `unexpected argument ${quote(quoted(message))}: this command takes no scenario or file`;
  return quote(message, 200);
}
