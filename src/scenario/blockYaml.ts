/**
 * The quickest way in, for a scenario file written as most large ones are: block maps and
 * lists, one value a line (a plain scalar, a quoted one with no escape, or a flow list or map
 * closed on its line). It reads line by line, with no parser events or tree in between, so
 * a large file costs little more than its text. Anything else (a value over several lines,
 * a block scalar, an anchor, alias or tag, an escape, a quoted key, a bracket in plain text,
 * a document marker, a key that is not a plain word) makes it stand aside: null, and the
 * next reader takes the text (plainYaml.ts, then readYaml.ts with its messages). What it
 * reads is exactly the data the full reader gives (test/scenario/plain-path.test.ts).
 *
 * Its caller has already refused what the full reader must report: control characters and
 * tabs, a text too large or nested too deep (plainYaml.ts).
 */
import { MAX_FLOW_DEPTH, MAX_INDENT } from './readYaml.js';
import { MAX_KEY, plainScalarValue, RESERVED_KEYS } from './plainScalar.js';

/** Thrown (once, and caught below) when the text is not one this reader takes. */
const NOT_SIMPLE = new Error('not simple YAML');
const standAside = (): never => {
  throw NOT_SIMPLE;
};

/** A key this reader takes: a plain word of letters, digits and `_ $ . -`, as scenario keys are. */
const KEY = /[A-Za-z0-9_$][\w$.-]*/y;
const MAX_VALUES_HELD = 4096;

const SPACE = 32;
const HASH = 35;
const COLON = 58;
const COMMA = 44;
const DASH = 45;
const SINGLE = 39;
const DOUBLE = 34;
const BACKSLASH = 92;
const OPEN_LIST = 91;
const CLOSE_LIST = 93;
const OPEN_MAP = 123;
const CLOSE_MAP = 125;

/** Characters a plain scalar may not start with (YAML's indicators), but `-` before a non-space. */
const NOT_PLAIN_START = new Set([...'?:,[]{}#&*!|>\'"%@`'].map((c) => c.charCodeAt(0)));

/** The text's lines, one at a time: only those with content (blank and comment lines are skipped). */
class Lines {
  /** Where the current line starts, where its content starts and where it ends (its newline). */
  start = 0;
  at = 0;
  end = 0;
  /** Columns of spaces before the content; -1 past the last line. */
  indent = 0;
  /** Each key written so far, read once: a large file writes the same few keys again and again. */
  readonly keys = new Map<string, string>();
  /**
   * Plain values read so far, up to a limit: a large file's sides, channels and actions
   * repeat, and are then read and held once (its times, which do not, soon fill the rest).
   */
  readonly values = new Map<string, unknown>();

  constructor(readonly text: string) {
    this.seek(0);
  }

  get done(): boolean {
    return this.indent < 0;
  }

  /** Moves to the first line with content from `from` on. */
  seek(from: number): void {
    const { text } = this;
    for (let start = from; start < text.length;) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      let at = start;
      while (at < end && text.charCodeAt(at) === SPACE) at++;
      if (at - start > MAX_INDENT) standAside();
      if (at < end && text.charCodeAt(at) !== HASH) {
        // A document marker ("---", "...") starts or ends a document: the full reader's to read.
        if (at === start && (text.startsWith('---', at) || text.startsWith('...', at))) standAside();
        this.start = start;
        this.at = at;
        this.end = end;
        this.indent = at - start;
        return;
      }
      start = end + 1;
    }
    this.start = this.at = this.end = text.length;
    this.indent = -1;
  }

  next(): void {
    this.seek(this.end + 1);
  }

  /** Whether the content at `at` is a list entry ("- ..." or a lone "-"). */
  entryAt(at: number): boolean {
    return (
      this.text.charCodeAt(at) === DASH && (at + 1 === this.end || this.text.charCodeAt(at + 1) === SPACE)
    );
  }

  /** The end of the key written at `at` ("key:" followed by a space or the line's end), or -1. */
  keyEnd(at: number, end = this.end): number {
    KEY.lastIndex = at;
    if (!KEY.test(this.text)) return -1;
    const keyEnd = KEY.lastIndex;
    if (this.text.charCodeAt(keyEnd) !== COLON) return -1;
    return keyEnd + 1 === end || this.text.charCodeAt(keyEnd + 1) === SPACE ? keyEnd : -1;
  }
}

/**
 * A key as the core schema reads it: it must stay a string (not 12, true or null), not be
 * reserved, and be new to its map. `keys` holds the keys read before, each once.
 */
function keyOf(text: string, start: number, end: number, map: object, keys: Map<string, string>): string {
  if (end - start > MAX_KEY) standAside();
  const source = text.slice(start, end);
  let key = keys.get(source);
  if (key === undefined) {
    const value = plainScalarValue(source);
    if (typeof value !== 'string' || RESERVED_KEYS.has(value)) standAside();
    key = value as string;
    keys.set(source, key);
  }
  if (Object.hasOwn(map, key)) standAside();
  return key;
}

const skipSpaces = (text: string, at: number, end: number): number => {
  while (at < end && text.charCodeAt(at) === SPACE) at++;
  return at;
};

/** Nothing but spaces, or a comment after at least one, from `at` to the line's end. */
function restIsBlank(text: string, at: number, end: number): void {
  const next = skipSpaces(text, at, end);
  if (next < end && !(text.charCodeAt(next) === HASH && next > at)) standAside();
}

/** A quoted scalar closed on its line, without escapes: its text, and where it ends. */
function readQuoted(text: string, at: number, end: number): { value: string; after: number } {
  const quote = text.charCodeAt(at);
  let value = '';
  let from = at + 1;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (quote === DOUBLE && c === BACKSLASH) standAside();
    if (c !== quote) continue;
    // In single quotes, '' writes one quote.
    if (quote === SINGLE && text.charCodeAt(i + 1) === SINGLE && i + 1 < end) {
      value += text.slice(from, i + 1);
      from = i + 2;
      i++;
      continue;
    }
    return { value: value + text.slice(from, i), after: i + 1 };
  }
  return standAside();
}

/**
 * Whether a plain scalar may start at `at` (not an indicator; "-" only before a non-space,
 * and in a flow list or map not before the `,` `]` `}` that would end it at once: a lone "-"
 * there is a block entry, which the full reader refuses).
 */
function plainStarts(text: string, at: number, end: number, inFlow: boolean): boolean {
  const c = text.charCodeAt(at);
  if (c !== DASH) return !NOT_PLAIN_START.has(c);
  if (at + 1 >= end) return false;
  const next = text.charCodeAt(at + 1);
  return next !== SPACE && !(inFlow && (next === COMMA || next === CLOSE_LIST || next === CLOSE_MAP));
}

/** A plain scalar in a block, from `at` to a comment or the line's end. */
function readBlockPlain(lines: Lines, at: number): unknown {
  const { text, end } = lines;
  if (!plainStarts(text, at, end, false)) standAside();
  let stop = end;
  for (let i = at; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === HASH && text.charCodeAt(i - 1) === SPACE) {
      stop = i;
      break;
    }
    // ": " would start a map in the value; brackets are left to the full reader (and its depth check).
    if (c === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE)) standAside();
    if (c === OPEN_LIST || c === CLOSE_LIST || c === OPEN_MAP || c === CLOSE_MAP) standAside();
  }
  while (stop > at && text.charCodeAt(stop - 1) === SPACE) stop--;
  const source = text.slice(at, stop);
  const known = lines.values.get(source);
  if (known !== undefined) return known;
  const value = plainScalarValue(source);
  if (lines.values.size < MAX_VALUES_HELD) lines.values.set(source, value);
  return value;
}

/** A plain scalar in a flow list or map: up to a comma or a closing bracket. */
function readFlowPlain(text: string, at: number, end: number): { value: unknown; after: number } {
  if (!plainStarts(text, at, end, true)) standAside();
  let stop = at;
  for (; stop < end; stop++) {
    const c = text.charCodeAt(stop);
    if (c === COMMA || c === CLOSE_LIST || c === CLOSE_MAP) break;
    if (c === OPEN_LIST || c === OPEN_MAP) standAside();
    if (c === HASH && text.charCodeAt(stop - 1) === SPACE) standAside();
    if (c === COLON) {
      const next = text.charCodeAt(stop + 1);
      if (stop + 1 === end || next === SPACE || next === COMMA || next === CLOSE_LIST || next === CLOSE_MAP)
        standAside();
    }
  }
  let last = stop;
  while (last > at && text.charCodeAt(last - 1) === SPACE) last--;
  return { value: plainScalarValue(text.slice(at, last)), after: stop };
}

/** One value in a flow list or map. */
function readFlowValue(lines: Lines, at: number, depth: number): { value: unknown; after: number } {
  const { text, end } = lines;
  const c = text.charCodeAt(at);
  if (c === SINGLE || c === DOUBLE) return readQuoted(text, at, end);
  if (c === OPEN_LIST || c === OPEN_MAP) return readFlow(lines, at, depth + 1);
  return readFlowPlain(text, at, end);
}

/** A flow list or map closed on its line ("[south, north]", "{ name: South Korea }"). */
function readFlow(lines: Lines, at: number, depth: number): { value: unknown; after: number } {
  const { text, end } = lines;
  if (depth > MAX_FLOW_DEPTH) standAside();
  const isMap = text.charCodeAt(at) === OPEN_MAP;
  const close = isMap ? CLOSE_MAP : CLOSE_LIST;
  const list: unknown[] = [];
  const map: Record<string, unknown> = {};
  let i = skipSpaces(text, at + 1, end);
  if (text.charCodeAt(i) === close && i < end) return { value: isMap ? map : list, after: i + 1 };
  for (;;) {
    if (i >= end) standAside();
    let key: string | null = null;
    if (isMap) {
      KEY.lastIndex = i;
      if (!KEY.test(text)) standAside();
      const keyEnd = KEY.lastIndex;
      if (text.charCodeAt(keyEnd) !== COLON || text.charCodeAt(keyEnd + 1) !== SPACE || keyEnd + 1 >= end)
        standAside();
      key = keyOf(text, i, keyEnd, map, lines.keys);
      i = skipSpaces(text, keyEnd + 1, end);
      if (i >= end) standAside();
    }
    const item = readFlowValue(lines, i, depth);
    if (key === null) list.push(item.value);
    else map[key] = item.value;
    i = skipSpaces(text, item.after, end);
    if (i >= end) standAside();
    const c = text.charCodeAt(i);
    if (c === close) return { value: isMap ? map : list, after: i + 1 };
    if (c !== COMMA) standAside();
    i = skipSpaces(text, i + 1, end);
    // A trailing comma, or an empty entry: the full reader's to read.
    const next = text.charCodeAt(i);
    if (next === close || next === COMMA) standAside();
  }
}

/** A value on the rest of a line, from `at` (not a space, not a comment). */
function readInline(lines: Lines, at: number): unknown {
  const { text, end } = lines;
  const c = text.charCodeAt(at);
  if (c === SINGLE || c === DOUBLE || c === OPEN_LIST || c === OPEN_MAP) {
    const read = c === SINGLE || c === DOUBLE ? readQuoted(text, at, end) : readFlow(lines, at, 1);
    restIsBlank(text, read.after, end);
    return read.value;
  }
  return readBlockPlain(lines, at);
}

/**
 * The value after a key's colon or a list entry's dash (from `from`), on this line or, when
 * the line has none, on the lines below; `col` is the column of that key or dash. Leaves
 * `lines` at the first line after the value.
 */
function readValue(lines: Lines, from: number, col: number, ofKey: boolean): unknown {
  const { text } = lines;
  const at = skipSpaces(text, from, lines.end);
  if (at < lines.end && !(text.charCodeAt(at) === HASH && at > from)) {
    const value = readInline(lines, at);
    lines.next();
    // A line further in would continue the value over several lines.
    if (!lines.done && lines.indent > col) standAside();
    return value;
  }
  lines.next();
  if (lines.done) return null;
  if (lines.indent > col) return readBlock(lines);
  // A key's list may start at the key's own column.
  if (ofKey && lines.indent === col && lines.entryAt(lines.at)) return readList(lines, col);
  return null;
}

/** The map or list that starts on the current line, at its indentation. */
function readBlock(lines: Lines): unknown {
  if (lines.entryAt(lines.at)) return readList(lines, lines.indent);
  if (lines.keyEnd(lines.at) < 0) standAside();
  return readMap(lines, lines.indent);
}

/** The entries of a map whose keys stand at column `col`, the first at `lines.at`. */
function readMap(lines: Lines, col: number): Record<string, unknown> {
  const { text } = lines;
  const map: Record<string, unknown> = {};
  for (;;) {
    const keyEnd = lines.keyEnd(lines.at);
    if (keyEnd < 0) standAside();
    const key = keyOf(text, lines.at, keyEnd, map, lines.keys);
    map[key] = readValue(lines, keyEnd + 1, col, true);
    if (lines.done || lines.indent < col) return map;
    if (lines.indent > col) standAside();
  }
}

/** The entries of a list whose dashes stand at column `col`. */
function readList(lines: Lines, col: number): unknown[] {
  const { text } = lines;
  const list: unknown[] = [];
  for (;;) {
    const at = skipSpaces(text, lines.at + 1, lines.end);
    if (at < lines.end && lines.keyEnd(at) >= 0) {
      // "- key: value": a map whose keys stand where this one does.
      lines.at = at;
      list.push(readMap(lines, at - lines.start));
    } else {
      // "- - x" (a list in a list on one line) is the full reader's to read.
      if (at < lines.end && lines.entryAt(at)) standAside();
      list.push(readValue(lines, lines.at + 1, col, false));
    }
    if (lines.done || lines.indent < col) return list;
    if (lines.indent > col) standAside();
    // Back at the dashes' column: another entry, or a key of the map around (a key's list).
    if (!lines.entryAt(lines.at)) return list;
  }
}

/**
 * The data of `text` when it is a block map of the plain kind described above, exactly as
 * the full reader would give it; null for any other text.
 */
export function readBlockYaml(text: string): Record<string, unknown> | null {
  try {
    const lines = new Lines(text);
    if (lines.done || lines.indent !== 0) return null;
    const data = readMap(lines, 0);
    return lines.done ? data : null;
  } catch (error) {
    if (error === NOT_SIMPLE) return null;
    throw error;
  }
}
