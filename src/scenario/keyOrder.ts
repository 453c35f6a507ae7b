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
