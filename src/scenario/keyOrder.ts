/**
 * The order of ids as the file writes them. A JavaScript object lists integer-like keys
 * ("0", "12") first, whatever the file says; the parsed YAML tree keeps the author's order.
 */
import { isMap, isScalar, type Document } from 'yaml';

/** Ids of the top-level maps whose order means something: display order, default sides. */
export interface KeyOrder {
  parties: readonly string[];
  channels: readonly string[];
}

function keysOf(doc: Document, key: string): string[] {
  const map = doc.get(key, true);
  if (!isMap(map)) return [];
  return map.items.flatMap((pair) => (isScalar(pair.key) ? [String(pair.key.value)] : []));
}

export const keyOrderOf = (doc: Document): KeyOrder => ({
  parties: keysOf(doc, 'parties'),
  channels: keysOf(doc, 'channels'),
});

/** Keys a JavaScript object would list before the others, whatever the file's order. */
const INTEGER_LIKE = /^\d+$/;

/**
 * The order from plain data, when its objects still hold the file's order: null when an
 * id is integer-like, so only the YAML tree can tell where it stood.
 */
export function keyOrderOfData(data: { parties: object; channels: object }): KeyOrder | null {
  const parties = Object.keys(data.parties);
  const channels = Object.keys(data.channels);
  if ([...parties, ...channels].some((id) => INTEGER_LIKE.test(id))) return null;
  return { parties, channels };
}

/** `record`'s entries in `order`; keys the order does not name (merged in) keep their place after. */
export function entriesInOrder<T>(record: Record<string, T>, order: readonly string[] = []): [string, T][] {
  const rank = new Map(order.map((id, i) => [id, i]));
  const entries = Object.entries(record);
  const at = (id: string) => rank.get(id) ?? order.length;
  return entries
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => at(a.entry[0]) - at(b.entry[0]) || a.i - b.i)
    .map(({ entry }) => entry);
}
