import { FileExistsError, writeFileSafely } from '../io/writeFileSafely.js';
import { wordsFor, type Lang, type Words } from '../words/index.js';
import type { Timeline } from '../timeline/timeline.js';
import type { HandoutOptions } from './handout.js';
import { htmlHandout } from './html.js';
import { markdownHandout } from './markdown.js';
import { mermaidDocument } from './mermaid.js';
import { timelineSvg } from './svg.js';

export const EXPORT_FORMATS = ['svg', 'md', 'html', 'mermaid'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * What a file name's ending says: the format it implies when --format is left out, and the
 * formats that sit in it naturally (no warning). Mermaid's output is Markdown with ```mermaid
 * blocks (renders on GitHub), so .md and .markdown fit it as well as the handout; .mmd and
 * .mermaid are mermaid's own endings, but imply nothing: a bare diagram is not what it writes.
 */
type Ending = { implies: ExportFormat | null; fits: readonly [ExportFormat, ...ExportFormat[]] };

const ENDINGS: Record<string, Ending> = {
  '.svg': { implies: 'svg', fits: ['svg'] },
  '.md': { implies: 'md', fits: ['md', 'mermaid'] },
  '.markdown': { implies: 'md', fits: ['md', 'mermaid'] },
  '.html': { implies: 'html', fits: ['html'] },
  '.htm': { implies: 'html', fits: ['html'] },
  '.mmd': { implies: null, fits: ['mermaid'] },
  '.mermaid': { implies: null, fits: ['mermaid'] },
};

function endingOf(path: string): Ending | null {
  const dot = path.lastIndexOf('.');
  if (dot < 0) return null;
  const ending = path.slice(dot).toLowerCase();
  return Object.hasOwn(ENDINGS, ending) ? ENDINGS[ending]! : null;
}

/** The formats with the class questions, so with an answer key (`--answers`): the handouts. */
export const ANSWER_FORMATS = ['md', 'html'] as const satisfies readonly ExportFormat[];

export const hasAnswers = (format: ExportFormat): boolean =>
  (ANSWER_FORMATS as readonly string[]).includes(format);

export function isExportFormat(text: string): text is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(text);
}

/** The format a file name implies ("chart.svg" -> svg), or null. */
export function formatFromPath(path: string): ExportFormat | null {
  return endingOf(path)?.implies ?? null;
}

/**
 * The format a file name looks like when `format` does not sit in it naturally ("y.svg" with
 * html -> svg), else null: "m.md" holds mermaid's Markdown as well as the handout.
 */
export function otherFormatNamed(path: string, format: ExportFormat): ExportFormat | null {
  const ending = endingOf(path);
  return ending === null || ending.fits.includes(format) ? null : ending.fits[0];
}

/** The handouts (md, html) need to know which version to write and how to name the scenario. */
export function renderExport(
  timeline: Timeline,
  format: ExportFormat,
  options: HandoutOptions = { answers: false, ref: timeline.scenario.id },
): string {
  if (format === 'svg') return timelineSvg(timeline, options.lang);
  if (format === 'md') return markdownHandout(timeline, options);
  if (format === 'html') return htmlHandout(timeline, options);
  return mermaidDocument(timeline.scenario, options.lang);
}

export type WriteOutcome = { ok: true } | { ok: false; message: string };

/** Writes an export to a file, never over an existing one unless `force`; a refusal says why, in `lang`. */
export async function writeExport(
  path: string,
  text: string,
  force: boolean,
  lang: Lang = 'en',
): Promise<WriteOutcome> {
  try {
    await writeFileSafely(path, text, force);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: whyNotWritten(path, error, wordsFor(lang).files) };
  }
}

function whyNotWritten(path: string, error: unknown, words: Words['files']): string {
  // What is there decides the words, with or without --force: a folder, a pipe, a device or a
  // link to nothing is refused either way, so only a regular file is told to add --force.
  if (error instanceof FileExistsError) {
    if (error.what === 'file') return words.exists(path);
    if (error.what === 'dangling-link') return words.danglingLink(path);
    return words.forceOnlyRegular(path, words.kinds[error.what]);
  }
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const reason = Object.hasOwn(words.writeErrors, code)
    ? words.writeErrors[code as keyof typeof words.writeErrors]
    : (error as Error).message;
  return words.cannotWrite(path, reason);
}
