/**
 * Scenario text -> YAML document and plain data, safely: oversized texts are refused
 * before parsing, only the core schema is used (no custom tags, so nothing can run), and
 * alias expansion is capped against alias bombs. Syntax errors come back located.
 */
import { isScalar, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import { positionAt } from './locate.js';
import { failed, problemAtStart, type Failed, type Problem } from './problem.js';
import { quote, shorten } from '../text/sanitize.js';
import type { ProblemWords } from '../words/problems-en.js';
import { wordsFor } from '../words/index.js';
import { langBefore, langOfFile, type Lang, type LangChoice } from '../words/lang.js';

/** Room for 100,000 events (about 9 MB), which load in well under 400 MB of memory. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;
/** The limit as people read it, for the messages. */
export const MAX_FILE_SIZE = `${MAX_FILE_BYTES / 1024 / 1024} MiB`;
/** Enough for any honest scenario; far below what an alias bomb needs. */
export const MAX_ALIAS_COUNT = 100;

/** Refused unread; sizes in exact bytes, since a file just over the limit rounds to the limit in MiB. */
export const tooLarge = (file: string, bytes: number, w: ProblemWords): Problem =>
  problemAtStart(file, w.tooLarge(w.bytes(bytes), MAX_FILE_SIZE, w.bytes(MAX_FILE_BYTES)));

/** The plain text after `key: ` on a line, when the line is one (for the quoting hint). */
const plainValue = (line: string) => /^\s*(?:-\s+)?[\w-]+:\s+(.*\S)\s*$/.exec(line)?.[1];

/** What a YAML error means for a scenario author, for the errors worth explaining. */
function yamlMessage(error: YAMLError, line: string, text: string, w: ProblemWords): string {
  // From the error's own position: the duplicated key, the tag.
  const from = text.slice(error.pos[0], text.indexOf('\n', error.pos[0]) >>> 0);
  if (error.code === 'DUPLICATE_KEY') return w.duplicateKey(quote(/^[^:]*/.exec(from)![0].trim()));
  if (error.code === 'TAG_RESOLVE_FAILED') return w.tagNotAllowed(/^!\S*/.exec(from)?.[0] ?? from);
  if (error.code === 'MULTIPLE_DOCS') return w.secondDocument;
  if (error.code === 'TAB_AS_INDENT') return w.tabIndent;
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && plainValue(line)?.includes(': ')) return w.colonInText;
  if (error.code === 'MISSING_CHAR' && /Sequence item/.test(error.message)) return w.indentedLess;
  return w.yaml(error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''));
}

function yamlHint(error: YAMLError, line: string, w: ProblemWords): string | undefined {
  const { message } = error;
  if (error.code === 'MULTIPLE_DOCS') return w.removeSecondDocument;
  if (error.code === 'TAB_AS_INDENT') return w.replaceTabs;
  const value = plainValue(line);
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && value?.includes(': '))
    return w.quoteTheText(quote(value.replace(/"/g, "'"), 72));
  if (/Flow (sequence|map)|must end with|end with a/.test(message)) return w.notClosed;
  if (
    error.code === 'BAD_INDENT' ||
    /indent|Implicit keys|compact mappings|Sequence item|Nested mappings/i.test(message)
  )
    return w.indentation;
  return undefined;
}

/**
 * YAML syntax errors and warnings (unknown tags, duplicate keys), located. An error on
 * the line of, or just after, one already reported is left out: it is usually the
 * parser stumbling over the same mistake.
 */
function yamlProblems(
  doc: Document,
  lines: LineCounter,
  text: string,
  file: string,
  w: ProblemWords,
): Problem[] {
  const problems: Problem[] = [];
  const errors = [...doc.errors, ...doc.warnings].sort((x, y) => x.pos[0] - y.pos[0]);
  for (const error of errors) {
    const { line, col: at } = positionAt(lines, error.pos[0]);
    const previous = problems[problems.length - 1];
    const independent = error.code === 'DUPLICATE_KEY' || error.code === 'TAG_RESOLVE_FAILED';
    if (previous && line - previous.line <= 2 && !independent) continue;
    const lineStart = text.lastIndexOf('\n', error.pos[0] - 1) + 1;
    const lineEnd = text.indexOf('\n', error.pos[0]);
    const source = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
    // The parser may point at a line's indentation ("mapping items must start at the same
    // column"): the author looks for the misplaced key, so point where its text starts.
    const indent = /^ */.exec(source)![0].length;
    const col = at <= indent && indent < source.length ? indent + 1 : at;
    const hint = yamlHint(error, source, w);
    problems.push({
      file,
      line,
      col,
      message: yamlMessage(error, source, text, w),
      ...(hint ? { hint } : {}),
    });
  }
  return problems;
}

const MERGE_TAG = 'tag:yaml.org,2002:merge';

/**
 * Keys the data cannot hold as written, located: a YAML merge key ("<<", "!!merge"),
 * which the core schema reads as an odd symbol, and "__proto__", which JavaScript objects
 * and the schema would drop in silence.
 */
function keyProblems(doc: Document, lines: LineCounter, file: string, w: ProblemWords): Problem[] {
  const problems: Problem[] = [];
  const at = (offset: number | undefined, message: string, hint?: string) =>
    problems.push({ file, ...positionAt(lines, offset ?? 0), message, ...(hint ? { hint } : {}) });
  visit(doc, {
    Scalar(_, node) {
      if (node.tag === MERGE_TAG || typeof node.value === 'symbol')
        at(node.range?.[0], w.tagNotAllowed('!!merge'));
    },
    Pair(_, pair) {
      const key = pair.key;
      if (!isScalar(key) || key.tag === MERGE_TAG) return;
      if (key.value === '<<') at(key.range?.[0], w.mergeKey, w.writeKeysOut);
      else if (key.value === '__proto__') at(key.range?.[0], w.protoKey, w.idsStart);
    },
  });
  return problems;
}

/** Where the first alias (of that name, when given) sits. */
function firstAlias(doc: Document, name?: string): number {
  let offset = 0;
  visit(doc, {
    Alias(_, node) {
      if (name !== undefined && node.source !== name) return;
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/** A scenario is at most six levels deep; the YAML parser recurses and overflows near a thousand. */
export const MAX_FLOW_DEPTH = 32;
export const MAX_INDENT = 128;
/** A line's indent, with the "- " of list items it opens, read in place from where it is set. */
const INDENT = /[ \t]*(?:-[ \t]+)*/y;

/**
 * The offset where the text nests deeper than any scenario needs, or null. Checked before
 * parsing, because the parser itself would run out of stack (and memory) on such input.
 * Brackets inside quoted text do not count; an apostrophe inside a word is not a quote.
 */
export function tooDeepAt(text: string): number | null {
  let depth = 0;
  let quote: string | null = null;
  let comment = false;
  // Sticky, so no line is copied out of a large text to be measured.
  const indentTooDeep = (at: number) => {
    INDENT.lastIndex = at;
    return INDENT.exec(text)![0].length > MAX_INDENT;
  };
  if (text.length > 0 && indentTooDeep(0)) return 0;
  // Only these characters change what follows: the rest is skipped a stretch at a time.
  const special = /[\n#"'[\]{}]/g;
  for (let match = special.exec(text); match !== null; match = special.exec(text)) {
    const i = match.index;
    const ch = match[0];
    if (ch === '\n') {
      comment = false;
      if (i + 1 < text.length && indentTooDeep(i + 1)) return i + 1;
      continue;
    }
    if (comment) continue;
    if (quote !== null) {
      if (ch === quote && !(quote === '"' && text[i - 1] === '\\')) quote = null;
      continue;
    }
    const tokenStart = i === 0 || ' \t[{,:\n'.includes(text[i - 1]!);
    if (ch === '#' || ch === '"' || ch === "'") {
      if (!tokenStart) continue;
      if (ch === '#') comment = true;
      else quote = ch;
    } else if (ch === '[' || ch === '{') {
      if (++depth > MAX_FLOW_DEPTH) return i;
    } else depth = Math.max(0, depth - 1);
  }
  return null;
}

/** The document and its data, or its problems; either way the language they are said in. */
export type YamlRead = { ok: true; doc: Document; lines: LineCounter; data: unknown; lang: Lang } | Failed;

/**
 * Reads `text` as YAML. What stops it being read (too large, too deep, a syntax error) is said
 * in the language `choice` gives before a file is read; the rest in the file's own `lang:`.
 */
export function readYaml(text: string, file: string, choice: LangChoice): YamlRead {
  const before = langBefore(choice);
  const fail = (problems: Problem[], lang = before): YamlRead => failed(problems, lang);
  const w = wordsFor(before).problems;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_FILE_BYTES) return fail([tooLarge(file, bytes, w)]);

  const lines = new LineCounter();
  const deep = tooDeepAt(text);
  if (deep !== null) {
    lines.addNewLine(0);
    for (let i = text.indexOf('\n'); i >= 0 && i < deep; i = text.indexOf('\n', i + 1))
      lines.addNewLine(i + 1);
    return fail([{ file, ...positionAt(lines, deep), message: w.tooDeep(MAX_FLOW_DEPTH, MAX_INDENT) }]);
  }

  const doc = parseDocument(text, {
    lineCounter: lines,
    schema: 'core',
    prettyErrors: false,
    uniqueKeys: true,
  });
  const syntax = yamlProblems(doc, lines, text, file, w);
  if (syntax.length > 0) return fail(syntax);
  // Read as YAML: from here on, the file's own language.
  const lang = langOfFile(choice, doc.get('lang'));
  const own = wordsFor(lang).problems;
  const keys = keyProblems(doc, lines, file, own);
  if (keys.length > 0) return fail(keys, lang);

  try {
    // The library counts the anchor itself as one use: the limit is on the aliases alone.
    return { ok: true, doc, lines, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT + 1 }), lang };
  } catch (error) {
    const unresolved = /^Unresolved alias[^:]*: (.*)$/.exec((error as Error).message);
    if (unresolved) {
      const name = unresolved[1]!;
      const { line, col } = positionAt(lines, firstAlias(doc, name));
      return fail([{ file, line, col, message: own.noAnchor(shorten(name)), hint: own.writeValueOut }], lang);
    }
    const { line, col } = positionAt(lines, firstAlias(doc));
    return fail(
      [{ file, line, col, message: own.tooManyAliases(MAX_ALIAS_COUNT), hint: own.writeRepeatsOut }],
      lang,
    );
  }
}
