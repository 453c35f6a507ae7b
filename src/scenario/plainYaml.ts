/**
 * The fast way in for plain scenario files: the line reader (blockYaml.ts) for block YAML
 * of one value a line, else js-yaml's event parser (several times faster than building the
 * `yaml` document tree, and a fraction of its memory on a large file) turned into the same
 * data the full reader gives. It takes only plain files, and says
 * so by returning null for anything else, which then goes the full way (readYaml.ts) with
 * its located messages: anchors, aliases, tags, directives, a second document, a key that
 * is not a plain string ("<<", "__proto__", a number, a list), a key written twice,
 * control characters or tabs, a text too large or too deep, and any parse error at all.
 */
import {
  CHOMPING_MODE,
  EVENT_ID,
  getScalarValue,
  parseEvents,
  SCALAR_STYLE,
  type Event,
  type ScalarEvent,
} from 'js-yaml';
import { hasUnsafeText } from '../text/sanitize.js';
import { readBlockYaml } from './blockYaml.js';
import { MAX_KEY, plainScalarValue, RESERVED_KEYS } from './plainScalar.js';
import { MAX_FILE_BYTES, tooDeepAt } from './readYaml.js';

/** Characters the full reader treats with care (controls, tabs, line separators, BOM). */
// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const UNUSUAL_TEXT = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;

/**
 * Directive and document-marker lines. js-yaml drops unknown directives and reads a "..."
 * before the content as nothing; the full reader reports both. Only a "---" line before any
 * content is read here.
 */
const MARKER = /^(?:%|(?:---|\.\.\.)(?=[ \n]|$))/gm;
const BEFORE_CONTENT = /^(?:[ ]*(?:#.*)?\n)*$/;
const START_LINE = /---[ ]*(?:#.*)?(?:\n|$)/y;

function markersPlain(text: string): boolean {
  MARKER.lastIndex = 0;
  const first = MARKER.exec(text);
  if (first === null) return true;
  START_LINE.lastIndex = first.index;
  return (
    first[0] === '---' &&
    START_LINE.test(text) &&
    BEFORE_CONTENT.test(text.slice(0, first.index)) &&
    MARKER.exec(text) === null
  );
}

/** A block scalar header's indentation indicator ("|2", ">1-", "|+2"); js-yaml's `indent` is set without one too. */
const INDENT_INDICATOR = /[|>][-+]?[1-9]/;

/** The line before `at`, where a block scalar's header stands (its text starts on the next line). */
const headerLine = (text: string, at: number) => text.slice(text.lastIndexOf('\n', at - 2) + 1, at);

/**
 * A scalar js-yaml reads otherwise than the full reader, or may: a block scalar with an
 * indentation indicator or keep chomping (their spaces-only last lines), a double-quoted one
 * with an escaped line break (before an empty line).
 */
function scalarDiffers(text: string, event: ScalarEvent): boolean {
  const { style } = event;
  if (style === SCALAR_STYLE.LITERAL_BLOCK || style === SCALAR_STYLE.FOLDED_BLOCK)
    return event.chomping === CHOMPING_MODE.KEEP || INDENT_INDICATOR.test(headerLine(text, event.valueStart));
  if (style !== SCALAR_STYLE.DOUBLE_QUOTED || event.fast) return false;
  // Looked for within the scalar only, so many scalars cost no more than their text.
  for (let i = event.valueStart; i < event.valueEnd - 1; i++)
    if (text.charCodeAt(i) === 92 && text.charCodeAt(i + 1) === 10) return true;
  return false;
}

/** Whether the key scalar at `event` reaches its ":" within the full reader's limit (the ":" looked for no further). */
function keyShortEnough(text: string, event: ScalarEvent): boolean {
  for (let i = event.valueEnd; i - event.valueStart <= MAX_KEY; i++)
    if (i >= text.length || text.charCodeAt(i) === 58) return true;
  return false;
}

/** A list or map being read; one shape for both, so the loop below stays monomorphic. */
class Frame {
  /** A map's key read, waiting for its value. */
  key: string | null = null;
  constructor(
    readonly list: unknown[] | null,
    readonly map: Record<string, unknown> | null,
  ) {}
}

class NotPlain extends Error {}
const refuse = (): never => {
  throw new NotPlain();
};

/**
 * The data of the one document in `events`, and whether an escape in a double-quoted
 * scalar wrote a character cleanText would change; throws NotPlain on anything unusual.
 */
function construct(text: string, events: Event[]): { data: unknown; escapedUnsafe: boolean } {
  /** The lists and maps that hold `top`. */
  const stack: Frame[] = [];
  let top: Frame | undefined;
  let documents = 0;
  let result: unknown = undefined;
  let escapedUnsafe = false;

  /** A value read, into the list or map being read, as its item, a key or a key's value. */
  const add = (value: unknown, isCollection: boolean) => {
    if (!top) return void (result = value);
    if (top.list) return void top.list.push(value);
    const map = top.map!;
    if (top.key === null) {
      if (typeof value !== 'string' || isCollection || RESERVED_KEYS.has(value) || Object.hasOwn(map, value))
        refuse();
      top.key = value as string;
      return;
    }
    map[top.key] = value;
    top.key = null;
  };

  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        if (++documents > 1 || event.directives.length > 0) refuse();
        break;
      case EVENT_ID.SCALAR: {
        if (event.anchorStart !== -1 || event.tagStart !== -1 || scalarDiffers(text, event)) refuse();
        if (top?.map && top.key === null && !keyShortEnough(text, event)) refuse();
        const source = getScalarValue(text, event);
        if (event.style === SCALAR_STYLE.DOUBLE_QUOTED && !escapedUnsafe)
          escapedUnsafe = hasUnsafeText(source);
        add(event.style === SCALAR_STYLE.PLAIN ? plainScalarValue(source) : source, false);
        break;
      }
      case EVENT_ID.SEQUENCE:
      case EVENT_ID.MAPPING: {
        if (event.anchorStart !== -1 || event.tagStart !== -1) refuse();
        // A list or map as a key: the full reader says what it makes of that.
        if (top?.map && top.key === null) refuse();
        if (top) stack.push(top);
        top = event.type === EVENT_ID.SEQUENCE ? new Frame([], null) : new Frame(null, {});
        break;
      }
      case EVENT_ID.POP: {
        // The document's own end closes no list or map.
        if (!top) break;
        const done = top;
        top = stack.pop();
        add(done.list ?? done.map, true);
        break;
      }
      default:
        refuse(); // an alias
    }
  }
  return documents === 1 && result !== undefined ? { data: result, escapedUnsafe } : refuse();
}

/** What the fast reader made of a text: its data, as the full reader would give it. */
export interface PlainRead {
  data: unknown;
  /** No string in the data (key or value) holds a character cleanText would change. */
  clean: boolean;
}

/**
 * The data of a plain scenario text, exactly as the full reader would give it, or null when
 * the text is not plain (or not YAML): then only the full reader may answer.
 */
export function readPlainYaml(text: string): PlainRead | null {
  // The limits the full reader enforces are its to report.
  if (UNUSUAL_TEXT.test(text) || Buffer.byteLength(text, 'utf8') > MAX_FILE_BYTES || tooDeepAt(text) !== null)
    return null;
  // Most large files are plain block YAML, read line by line; it has no escapes to write.
  const block = readBlockYaml(text);
  if (block !== null) return { data: block, clean: !hasUnsafeText(text) };
  // Directives, markers other than a leading "---", and a text ending in spaces (a block
  // scalar's last line) are read one way by js-yaml and another by the full reader.
  if (text.charCodeAt(text.length - 1) === 32 || !markersPlain(text)) return null;
  try {
    const { data, escapedUnsafe } = construct(text, parseEvents(text, {}));
    // Every string is a stretch of the text, but what an escape writes.
    return { data, clean: !escapedUnsafe && !hasUnsafeText(text) };
  } catch {
    // NotPlain, a syntax error, too deep, out of stack: all answered by the full reader.
    return null;
  }
}
