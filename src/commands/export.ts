import { parseArgs } from 'node:util';
import {
  EXPORT_FORMATS,
  formatFromPath,
  isExportFormat,
  renderExport,
  writeExport,
  type ExportFormat,
} from '../export/exportScenario.js';
import { formatProblem, openScenario } from '../session/open.js';
import { visibleControls, visibleOnOneLine } from '../text/sanitize.js';
import { argErrorText } from './arg-error.js';
import { LANG_HELP, LANG_OPTION, pickLang } from './lang-option.js';

const HELP = `Usage: liaison-sim export <scenario> --format svg|md|html|mermaid [--answers] [-o file] [--force] [--lang en|ko]

  svg      a timeline chart of every channel, for slides
  md       a Markdown handout: channels, events in plain words, debrief figures, questions
  html     the same handout as one printable page (A4 or US Letter), with the chart inline
  mermaid  Markdown with \`\`\`mermaid state diagrams of the channel machines the scenario
           uses, generated from the machine definitions (renders on GitHub)

Handouts (md, html) are the students' version: questions with room to write, no answers.
  --answers  write the answer key instead: each question with its answer, and the debrief

Writes to stdout unless -o is given. An existing file is never replaced without --force;
--force replaces only a regular file (keeping its mode) or the file a link points to.
The format may be left out when the -o file name ends in .svg, .md or .html.

${LANG_HELP}
`;

// The -o path is the user's text: its control characters are shown, never sent to the terminal.
const fail = (message: string) => {
  process.stderr.write(`liaison-sim export: ${visibleControls(message)}\n`);
  return 2;
};

export async function exportCommand(args: string[]): Promise<number> {
  const options = {
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    answers: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    ...LANG_OPTION,
  } as const;
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, options });
  } catch (error) {
    return fail(`${argErrorText(error, options)}\nTry: liaison-sim export --help`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length !== 1) return fail(`give exactly one scenario (a file or a bundled id)\n\n${HELP}`);

  const requested = values.format ?? (values.output ? formatFromPath(values.output) : null);
  if (requested === null) return fail(`say which format: --format ${EXPORT_FORMATS.join('|')}`);
  if (!isExportFormat(requested))
    return fail(`unknown format "${requested}"; choose ${EXPORT_FORMATS.join(', ')}`);
  const format: ExportFormat = requested;
  const picked = pickLang(values.lang);
  if (!picked.ok) return fail(picked.message);

  const loaded = openScenario(positionals[0]!);
  if (!loaded.ok) {
    process.stderr.write(`${loaded.problems.map(formatProblem).join('\n')}\n`);
    return 2;
  }
  // The handout names the scenario as the teacher did: a bundled id, or the file's path.
  const text = renderExport(loaded.timeline, format, {
    lang: picked.lang,
    answers: values.answers ?? false,
    ref: positionals[0]!,
  });
  if (!values.output) {
    process.stdout.write(text);
    return 0;
  }
  const written = await writeExport(values.output, text, values.force ?? false, picked.lang);
  if (!written.ok) return fail(written.message);
  process.stderr.write(`wrote ${visibleOnOneLine(values.output)}\n`);
  return 0;
}
