/**
 * Finds where in the YAML text a path of the parsed data lives, so every problem can be
 * reported as file:line:col. When the exact node is missing (a required key not written)
 * the nearest existing ancestor is used.
 */
import { isCollection, isMap, isNode, isScalar, isSeq, type Document, type LineCounter } from 'yaml';

export type Path = readonly PropertyKey[];

export interface Position {
  line: number;
  col: number;
}

const START: Position = { line: 1, col: 1 };

function keyMatches(key: unknown, segment: PropertyKey): boolean {
  const value = isScalar(key) ? key.value : key;
  return String(value) === String(segment);
}

/** The node at `path`, or its nearest ancestor; `wantKey` picks the key of the last map entry. */
function findNode(doc: Document, path: Path, wantKey: boolean): unknown {
  let node: unknown = doc.contents;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => keyMatches(p.key, segment));
      if (!pair) return node;
      if (last && wantKey) return pair.key ?? node;
      // `key:` with nothing after it has no value node: point at the key.
      node = pair.value ?? pair.key ?? node;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) return node;
      node = item;
    } else return node;
  }
  return node;
}

function rangeStart(node: unknown): number | null {
  if (isNode(node) && node.range) return node.range[0];
  if (isCollection(node) && node.range) return node.range[0];
  return null;
}

export function locate(doc: Document, lines: LineCounter, path: Path, wantKey = false): Position {
  const offset = rangeStart(findNode(doc, path, wantKey));
  return offset === null ? START : positionAt(lines, offset);
}

export function positionAt(lines: LineCounter, offset: number): Position {
  const { line, col } = lines.linePos(offset);
  return { line: Math.max(1, line), col: Math.max(1, col) };
}
