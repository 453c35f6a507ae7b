/** Plain scalars and keys as the full reader (`yaml`, core schema) reads them, for the fast readers. */
import { isScalar, Schema, type ScalarTag } from 'yaml';

/** The core schema's scalar tags in the order `yaml` tries them, so plain scalars resolve alike. */
const CORE_SCALARS = new Schema({ schema: 'core' }).tags.filter(
  (tag): tag is ScalarTag => !('collection' in tag && tag.collection) && tag.default === true && !!tag.test,
);
/** Any of those tags' patterns at once (they are anchored and take no flags). */
const ANY_CORE_SCALAR = new RegExp(CORE_SCALARS.map((tag) => `(?:${tag.test!.source})`).join('|'));

/** A plain (unquoted) scalar as the core schema reads it: null, true, 12, 1.5 or text. */
export function plainScalarValue(source: string): unknown {
  // Most plain scalars are words and times: one test tells that no tag takes them.
  if (!ANY_CORE_SCALAR.test(source)) return source;
  const tag = CORE_SCALARS.find((t) => t.test!.test(source));
  if (!tag) return source;
  const value = tag.resolve(
    source,
    () => {
      throw new Error('unresolved');
    },
    { intAsBigInt: false },
  );
  return isScalar(value) ? value.value : value;
}

/** Implicit keys longer than this are left to the full reader, which limits them to 1024 characters. */
export const MAX_KEY = 1000;

/** Keys the full reader reports ("<<" is a merge, "__proto__" would be dropped): never read fast. */
export const RESERVED_KEYS = new Set(['<<', '__proto__']);
