/**
 * Scenario text -> validated Scenario, or every problem in the file at once, each at its
 * line and column. Simulating it (and locating the events a channel refuses) is the
 * session's work: src/session/open.ts. Loading never runs code: YAML is read with the core
 * schema (no custom tags), aliases are capped, and oversized files are refused unread.
 */
import { existsSync } from 'node:fs';
import type { Document, LineCounter } from 'yaml';
import { readBoundedFile, type BoundedRead } from '../io/readBounded.js';
import type { Scenario } from '../model/scenario.js';
import { bundledScenarioFile, bundledScenarios } from './bundled.js';
import { problemsBeyondShape } from './check.js';
import { toScenario } from './convert.js';
import { keyOrderOf, keyOrderOfData } from './keyOrder.js';
import { problemsFromIssues, type PathProblem } from './issues.js';
import { locate, type Path } from './locate.js';
import { checksDespiteShapeProblems } from './partial.js';
import {
  failed,
  formatProblem,
  problemAtStart,
  problemWithoutPlace,
  type Failed,
  type Problem,
} from './problem.js';
import { readPlainYaml } from './plainYaml.js';
import { MAX_FILE_BYTES, MAX_FILE_SIZE, readYaml, tooLarge } from './readYaml.js';
import { checkEvents, plainScenarioFileSchema, scenarioFileSchema, type ScenarioFile } from './schema.js';
import { closestName } from './suggest.js';
import { quote } from '../text/sanitize.js';
import type { ProblemWords } from '../words/problems-en.js';
import { wordsFor, type Lang, type Words } from '../words/index.js';
import { fixedLang, langBefore, langOfFile, type LangChoice } from '../words/lang.js';
import { FileClock, readEventTimes, timeWarnings, type EventTimes } from './times.js';

export { formatProblem, type Problem } from './problem.js';
export { MAX_ALIAS_COUNT, MAX_FILE_BYTES } from './readYaml.js';

export type LoadResult =
  | {
      ok: true;
      file: string;
      scenario: Scenario;
      /** A problem at `path` of the file, for what is found later (a refused event, a warning). */
      place: (path: Path, message: string) => Problem;
      /** What is odd about the file but does not stop it (an offset unlike the rest). */
      warnings: Problem[];
      /** The language its problems are said in, and its words, for those found later. */
      lang: Lang;
      words: Words;
    }
  | Failed;

/**
 * The language to load in: one language, or a choice that the file's own `lang:` can settle
 * once the file is read (a file that cannot be read as YAML is spoken about in `--lang` or the
 * locale's language).
 */
export type Speak = Lang | LangChoice;

const choiceOf = (speak: Speak): LangChoice => (typeof speak === 'string' ? fixedLang(speak) : speak);

/** Problems in file order, each said once. */
export function sortProblems(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems
    .filter((p) => {
      const key = formatProblem(p);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((x, y) => x.line - y.line || x.col - y.col);
}

/**
 * The file's shape checked from the fast reader's data: all but the events by the schema,
 * the events by checkEvents, their times read once (for the clock too).
 */
function plainShape(text: string): { file: ScenarioFile; clean: boolean; times: EventTimes } | null {
  const read = readPlainYaml(text);
  if (!read) return null;
  // Parsed once per run: zod's compiled object parsers cost more to build (~5 ms at a cold
  // start) than they save. A file this refuses is read again the full way, for its messages.
  const parsed = plainScenarioFileSchema.safeParse(read.data, { jitless: true });
  if (!parsed.success) return null;
  const events = checkEvents(parsed.data.events);
  const times = events && readEventTimes(events);
  if (!events || !times) return null;
  return { file: { ...parsed.data, events }, clean: read.clean, times };
}

/**
 * The fast path: a plain file with no problem loads without the YAML tree (its warnings,
 * if any, are placed from a tree built for them alone). Null for anything else (a problem,
 * a file not plain), which the full path reads again from the start, so every message is
 * the one it has always been.
 */
function parsePlain(text: string, file: string, choice: LangChoice): LoadResult | null {
  const shape = plainShape(text);
  if (!shape) return null;
  const lang = langOfFile(choice, shape.file.lang);
  const words = wordsFor(lang);
  const w = words.problems;
  const order = keyOrderOfData(shape.file);
  if (!order) return null;
  const clock = new FileClock(shape.file, shape.times);
  if (problemsBeyondShape(shape.file, words, order, clock).length > 0) return null;
  const place = placeLater(text, file, lang);
  return {
    ok: true,
    file,
    scenario: toScenario(shape.file, order, { clean: shape.clean, clock }),
    place: (path, message) => place({ path, message }),
    warnings: timeWarnings(shape.file, w, clock).map(place),
    lang,
    words,
  };
}

function parseChecked(text: string, file: string, choice: LangChoice, fastPath: boolean): LoadResult {
  return (fastPath ? parsePlain(text, file, choice) : null) ?? parseFully(text, file, choice);
}

/** Every problem at its line: the YAML tree is built and kept while they are placed. */
function parseFully(text: string, file: string, choice: LangChoice): LoadResult {
  const read = readYaml(text, file, choice);
  if (!read.ok) return read;
  const { doc, lines, data, lang } = read;
  const words = wordsFor(lang);
  const w = words.problems;
  const place = (p: PathProblem): Problem => placed(file, doc, lines, p);

  const parsed = scenarioFileSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const shape = problemsFromIssues(parsed.error.issues, data, w);
    return failed(
      [...shape, ...checksDespiteShapeProblems(data, parsed.error.issues, words)].map(place),
      lang,
    );
  }

  const order = keyOrderOf(doc);
  const clock = new FileClock(parsed.data);
  const semantic = problemsBeyondShape(parsed.data, words, order, clock);
  if (semantic.length > 0) return failed(semantic.map(place), lang);

  const warnings = timeWarnings(parsed.data, w, clock).map(place);
  const later = placeLater(text, file, lang);
  return {
    ok: true,
    file,
    scenario: toScenario(parsed.data, order, { clock }),
    place: (path, message) => later({ path, message }),
    warnings,
    lang,
    words,
  };
}

/** A problem at its line and column in the YAML tree. */
const placed = (file: string, doc: Document, lines: LineCounter, p: PathProblem): Problem => ({
  file,
  ...locate(doc, lines, p.path, p.atKey),
  message: p.message,
  ...(p.hint ? { hint: p.hint } : {}),
});

/**
 * Positions for problems found after loading (a refused event, a warning), which are rare:
 * the text is read again when one needs a place, so the parsed YAML tree (many times the
 * size of the file) need not be kept for the length of a session.
 */
function placeLater(text: string, file: string, lang: Lang): (p: PathProblem) => Problem {
  let read: Extract<ReturnType<typeof readYaml>, { ok: true }> | null = null;
  return (p) => {
    if (!read) {
      const again = readYaml(text, file, fixedLang(lang));
      if (!again.ok) return problemAtStart(file, p.message, p.hint);
      read = again;
    }
    return placed(file, read.doc, read.lines, p);
  };
}

/** `fastPath: false` reads every file the full way (for tests that compare the two). */
export interface ParseOptions {
  fastPath?: boolean;
}

/** Schema and cross-reference checks: the scenario, or all its problems. */
export function parseScenarioText(
  text: string,
  file: string,
  speak: Speak = 'en',
  { fastPath = true }: ParseOptions = {},
): LoadResult {
  const choice = choiceOf(speak);
  try {
    const result = parseChecked(text, file, choice, fastPath);
    return result.ok ? result : failed(sortProblems(result.problems), result.lang);
  } catch (error) {
    const lang = langBefore(choice);
    return failed([internalProblem(file, error, wordsFor(lang).problems)], lang);
  }
}

/** A bug of ours, not the author's: still a located answer rather than a stack trace. */
export function internalProblem(file: string, error: unknown, w: ProblemWords): Problem {
  return problemAtStart(file, w.internal(error instanceof Error ? error.message : String(error)));
}

function readProblem(file: string, error: unknown, w: ProblemWords): Problem {
  const code = (error as NodeJS.ErrnoException).code;
  // In words, not errno codes: a teacher reads these.
  const reason =
    code === 'ENOENT'
      ? w.noFileHere
      : code === 'EISDIR'
        ? w.isDirectory
        : code === 'EACCES' || code === 'EPERM'
          ? w.permissionDenied
          : code === 'ENOTDIR'
            ? w.notAFolder
            : w.cannotRead((error as Error).message);
  // Nothing at the path has no line or column to point at.
  const missing = code === 'ENOENT' || code === 'ENOTDIR';
  return missing ? problemWithoutPlace(file, reason) : problemAtStart(file, reason);
}

/** Why a file was not read: what sits at the path, or that it holds more than a scenario may. */
function refusal(file: string, read: Exclude<BoundedRead, { ok: true }>, lang: Lang): Problem {
  const { files: words, problems: w } = wordsFor(lang);
  if (read.reason === 'not-utf8') {
    // Where the first byte that is no UTF-8 sits (a UTF-16 file is wrong from its first byte).
    const at = read.utf16 ? 0 : Math.max(0, read.text.indexOf('\uFFFD'));
    const lineStart = read.text.lastIndexOf('\n', at - 1) + 1;
    return {
      file,
      line: read.text.slice(0, at).split('\n').length,
      col: at - lineStart + 1,
      message: read.utf16 ? words.utf16 : words.notUtf8,
      hint: words.saveAsUtf8,
    };
  }
  if (read.reason === 'too-large')
    return read.bytes === null
      ? problemAtStart(file, words.tooLargeRead(MAX_FILE_SIZE))
      : tooLarge(file, read.bytes, w);
  return problemAtStart(
    file,
    words.notRegular(words.kinds[read.kind]),
    read.kind === 'directory' ? words.nameFileInside : words.readFromFile,
  );
}

/** Reads a scenario file from disk: a regular file only, and never more than the size limit. */
export function loadScenarioFile(file: string, speak: Speak = 'en'): LoadResult {
  const lang = langBefore(choiceOf(speak));
  let read: BoundedRead;
  try {
    read = readBoundedFile(file, MAX_FILE_BYTES);
  } catch (error) {
    return failed([readProblem(file, error, wordsFor(lang).problems)], lang);
  }
  if (!read.ok) return failed([refusal(file, read, lang)], lang);
  return parseScenarioText(read.text, file, speak);
}

const looksLikePath = (arg: string) => /[\\/]/.test(arg) || /\.(ya?ml|json)$/i.test(arg);

/**
 * `arg` is a path to a .yaml/.yml/.json file, or the id of a bundled scenario. Its problems
 * and words are in the language `speak` gives, which the file's own `lang:` can settle.
 */
export function loadScenario(arg: string, speak: Speak = 'en'): LoadResult {
  if (looksLikePath(arg)) return loadScenarioFile(arg, speak);
  const bundledFile = bundledScenarioFile(arg);
  if (bundledFile !== null) return loadScenarioFile(bundledFile, speak);
  if (existsSync(arg)) return loadScenarioFile(arg, speak);
  const lang = langBefore(choiceOf(speak));
  const w = wordsFor(lang).problems;
  // Only now is it worth reading the whole list, to suggest the id that was meant.
  const ids = bundledScenarios().map((s) => s.id);
  const meant = closestName(arg, ids);
  const hint = meant !== null ? w.listShowsAll(w.didYouMean(quote(meant))) : w.listShowsBundled;
  return failed([problemWithoutPlace(arg, w.noSuchScenario, hint)], lang);
}
