import {
  EXPORT_FORMATS,
  formatFromPath,
  isExportFormat,
  renderExport,
  writeExport,
  type ExportFormat,
} from '../export/exportScenario.js';
import { formatProblems, openScenario } from '../session/open.js';
import { visibleControls, visibleOnOneLine } from '../text/sanitize.js';
import { wordsFor } from '../words/index.js';
import { defineCommand } from './define.js';
import { LANG_HELP } from './lang-option.js';

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

export const command = defineCommand({
  name: 'export',
  summary: 'a chart, a handout or state diagrams, for a class',
  usage: `<scenario> --format ${EXPORT_FORMATS.join('|')} [-o file] [--force] [--answers]`,
  help: HELP,
  options: {
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    answers: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1, wrong: 'give exactly one scenario (a file or a bundled id)' },
  lang: true,
  async run({ values, positionals, lang }, { stdout, stderr }) {
    // The -o path is the user's text: its control characters are shown, never sent to the terminal.
    const fail = (message: string) => {
      stderr.write(`liaison-sim export: ${visibleControls(message)}\n`);
      return 2;
    };
    const requested = values.format ?? (values.output ? formatFromPath(values.output) : null);
    if (requested === null) return fail(`say which format: --format ${EXPORT_FORMATS.join('|')}`);
    if (!isExportFormat(requested))
      return fail(`unknown format "${requested}"; choose ${EXPORT_FORMATS.join(', ')}`);
    const format: ExportFormat = requested;

    const loaded = openScenario(positionals[0]!, lang);
    if (!loaded.ok) {
      stderr.write(formatProblems(loaded.problems, lang));
      return 2;
    }
    // The handout names the scenario as the teacher did: a bundled id, or the file's path.
    const text = renderExport(loaded.timeline, format, {
      lang,
      answers: values.answers ?? false,
      ref: positionals[0]!,
    });
    if (!values.output) {
      stdout.write(text);
      return 0;
    }
    const written = await writeExport(values.output, text, values.force ?? false, lang);
    if (!written.ok) return fail(written.message);
    stderr.write(`${wordsFor(lang).files.wrote(visibleOnOneLine(values.output))}\n`);
    return 0;
  },
});
