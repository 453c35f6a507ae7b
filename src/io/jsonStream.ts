/**
 * Writes one JSON object piece by piece, so that an output larger than any string Node can
 * hold (V8 caps strings near 512 MiB) still prints, and memory holds one item at a time.
 * The bytes are those of `JSON.stringify(object, null, 2)` with the lists drawn in full.
 */
import { isClosed } from './closedPipe.js';

/** A list whose items are made only as they are written. */
export class Streamed<T> {
  constructor(readonly items: () => Iterable<T>) {}
}

/** The object's top-level keys, in the order they are written. */
export type Sections = readonly (readonly [key: string, value: unknown])[];

const INDENT = 2;
/** Output is handed to the stream in pieces of about this many characters. */
const CHUNK = 64 * 1024;

/** `value` as JSON.stringify would write it `depth` levels deep in an indented document. */
function nested(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, INDENT) ?? 'null';
  // JSON strings never hold a raw newline, so every newline starts a line of structure.
  return depth === 0 ? text : text.replaceAll('\n', `\n${' '.repeat(depth * INDENT)}`);
}

function* pieces(sections: Sections): Generator<string> {
  yield '{';
  let first = true;
  for (const [key, value] of sections) {
    if (value === undefined) continue; // as JSON.stringify leaves out an undefined property
    yield `${first ? '' : ','}\n${' '.repeat(INDENT)}${JSON.stringify(key)}: `;
    first = false;
    if (!(value instanceof Streamed)) {
      yield nested(value, 1);
      continue;
    }
    let count = 0;
    for (const item of value.items()) {
      yield `${count === 0 ? '[' : ','}\n${' '.repeat(2 * INDENT)}${nested(item, 2)}`;
      count += 1;
    }
    yield count === 0 ? '[]' : `\n${' '.repeat(INDENT)}]`;
  }
  yield first ? '}\n' : '\n}\n';
}

/** Resolves when the stream wants more, or has closed (the reader went away). */
function drained(out: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      out.off('error', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
    out.on('error', done);
  });
}

/** Writes the sections as one JSON object and a newline, waiting whenever the stream is full. */
export async function writeJson(out: NodeJS.WritableStream, sections: Sections): Promise<void> {
  let buffer = '';
  for (const piece of pieces(sections)) {
    buffer += piece;
    if (buffer.length < CHUNK) continue;
    if (isClosed(out)) return;
    const more = out.write(buffer);
    buffer = '';
    if (!more && !isClosed(out)) await drained(out);
  }
  if (buffer !== '' && !isClosed(out)) out.write(buffer);
}

/** The same object, whole, for callers that want it in memory. */
export function collect(sections: Sections): Record<string, unknown> {
  return Object.fromEntries(
    sections.map(([key, value]) => [key, value instanceof Streamed ? [...value.items()] : value]),
  );
}
