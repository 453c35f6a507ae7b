import { displayWidth, padEnd, wrap } from '../text/width.js';
import { wordsFor } from '../words/index.js';
import type { Lang } from '../words/lang.js';
import { spaced, type Command } from './define.js';

/** The usage's width: its paragraphs wrap here. */
const COLUMNS = 90;

/** Synopses up to this wide share the summary column; a longer one has its summary below it. */
const SYNOPSIS_COLUMNS = 44;

/** The overall usage, one line per command from its own definition, in `lang`. */
export function usageText(commands: readonly Command[], defaultCommand: string, lang: Lang): string {
  const words = wordsFor(lang).cli.usage;
  const rows: [synopsis: string, summary: string][] = [
    ['liaison-sim', words.bare(defaultCommand)],
    ...commands.map((c): [string, string] => [
      `liaison-sim ${c.name}${spaced(c.synopsis(false))}`,
      c.summary(lang),
    ]),
  ];
  const fitting = rows.map(([synopsis]) => displayWidth(synopsis)).filter((w) => w <= SYNOPSIS_COLUMNS);
  const column = Math.max(...fitting) + 2;
  const lines = rows.map(([synopsis, summary]) =>
    displayWidth(synopsis) <= SYNOPSIS_COLUMNS
      ? `  ${padEnd(synopsis, column)}${summary}`
      : `  ${synopsis}\n  ${' '.repeat(column)}${summary}`,
  );
  const about = wrap(words.about(commands.filter((c) => c.lang).map((c) => c.name)), COLUMNS);
  return `${words.title}

${words.heading}
${lines.join('\n')}

${about.join('\n')}
${words.perCommand}
${words.exitCodes}
`;
}
