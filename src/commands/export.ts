import {
  ANSWER_FORMATS,
  EXPORT_FORMATS,
  hasAnswers,
  formatFromPath,
  otherFormatNamed,
  isExportFormat,
  renderExport,
  writeExport,
  type ExportFormat,
} from '../export/exportScenario.js';
import { growHeapGentlyForFile } from '../io/heapGrowth.js';
import { formatProblems, openReported } from '../session/open.js';
import { visibleControls, visibleOnOneLine } from '../text/sanitize.js';
import { wordsFor } from '../words/index.js';
import { defineCommand } from './define.js';

export const command = defineCommand({
  name: 'export',
  summary: (words) => words.export.summary,
  help: (words) => words.export.help,
  options: {
    // Needed unless the -o file's name implies it.
    format: { type: 'string', short: 'f', value: EXPORT_FORMATS.join('|'), required: true },
    answers: { type: 'boolean' },
    output: { type: 'string', short: 'o', value: 'file', shownShort: true },
    force: { type: 'boolean' },
  },
  positionals: { name: 'scenario', min: 1, max: 1, wrong: (words) => words.cli.export.wrongCount },
  lang: true,
  async run({ values, positionals, choice, usageError }, { stdout, stderr }) {
    // The -o path is the user's text: its control characters are shown, never sent to the terminal.
    const say = (message: string) => stderr.write(`liaison-sim export: ${visibleControls(message)}\n`);
    const fail = (message: string) => {
      say(message);
      return 2;
    };
    // The scenario first: a missing or broken one is the first thing to fix, whatever the
    // format. What follows is said in the scenario's language (its lang:, unless --lang).
    growHeapGentlyForFile(positionals[0]!);
    const loaded = openReported(positionals[0]!, choice);
    const { lang } = loaded;
    const words = wordsFor(lang).cli.export;
    const implied = values.output ? formatFromPath(values.output) : null;
    const requested = values.format ?? implied;
    const formatProblem =
      requested === null
        ? words.sayFormat(EXPORT_FORMATS)
        : isExportFormat(requested)
          ? null
          : words.unknownFormat(requested, EXPORT_FORMATS);
    if (!loaded.ok) stderr.write(formatProblems(loaded.problems, lang));
    if (formatProblem !== null) return fail(formatProblem);
    if (!loaded.ok) return 2;
    const format = requested as ExportFormat;
    // A chart or a diagram has no questions: an answer key of one is a mistake, not a no-op.
    if (values.answers && !hasAnswers(format))
      return usageError(words.answersOnlyFor(format, ANSWER_FORMATS));
    // --format wins over the file name, but a .svg holding HTML is said, not left to surprise.
    const named = values.output ? otherFormatNamed(values.output, format) : null;
    if (named !== null) say(words.otherFormat(values.output!, named, format));
    // The handout names the scenario as the teacher did: a bundled id, or the file's path.
    const text = renderExport(loaded.timeline, format, {
      lang,
      answers: values.answers ?? false,
      ref: positionals[0]!,
    });
    // `-o -` is stdout, as in most tools: never a file named "-".
    if (!values.output || values.output === '-') {
      stdout.write(text);
      return 0;
    }
    const written = await writeExport(values.output, text, values.force ?? false, lang);
    if (!written.ok) return fail(written.message);
    stderr.write(`${wordsFor(lang).files.wrote(visibleOnOneLine(values.output))}\n`);
    return 0;
  },
});
