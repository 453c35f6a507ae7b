import { displayWidth, padEnd, wrap } from '../text/width.js';
import type { Command } from './define.js';

/** The usage's width: its paragraphs wrap here. */
const COLUMNS = 90;

/** Synopses up to this wide share the summary column; a longer one has its summary below it. */
const SYNOPSIS_COLUMNS = 44;

/** "a, b and c" */
const listed = (names: string[]) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/** The overall usage, one line per command from its own definition. */
export function usageText(commands: readonly Command[], defaultCommand: string): string {
  const rows: [synopsis: string, summary: string][] = [
    ['liaison-sim', `${defaultCommand} the default scenario (plain run when not a terminal)`],
    ...commands.map((c): [string, string] => [`liaison-sim ${c.name}${c.usage && ` ${c.usage}`}`, c.summary]),
  ];
  const fitting = rows.map(([synopsis]) => displayWidth(synopsis)).filter((w) => w <= SYNOPSIS_COLUMNS);
  const column = Math.max(...fitting) + 2;
  const lines = rows.map(([synopsis, summary]) =>
    displayWidth(synopsis) <= SYNOPSIS_COLUMNS
      ? `  ${padEnd(synopsis, column)}${summary}`
      : `  ${synopsis}\n  ${' '.repeat(column)}${summary}`,
  );
  const speaking = listed(commands.filter((c) => c.lang).map((c) => c.name));
  const about = wrap(
    `A scenario is a path to a .yaml file or the id of a bundled scenario. ${speaking} ` +
      'speak English or Korean: --lang en|ko, or a Korean locale (LANG=ko_KR.UTF-8).',
    COLUMNS,
  );
  return `liaison-sim: step through the channels between two adversaries

Usage:
${lines.join('\n')}

${about.join('\n')}
Each command's own options: liaison-sim <command> --help (or liaison-sim help <command>).
Exit codes: 0 success, 1 an expectation failed, 2 bad input or usage.
`;
}
