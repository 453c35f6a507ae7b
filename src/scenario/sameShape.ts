/**
 * A long list of objects checked against one strict object schema as zod checks each, but
 * a field at a time, with each field's distinct plain values checked once: a large file's
 * events repeat a handful of sides, channels and actions, while zod builds a result and a
 * check context for every field of every event. The answer is the list zod would give
 * (equal objects: the same ones, where no field's value changes on its way through), or
 * null when any object is one the schema would refuse, or one this checker cannot vouch for;
 * then the schema itself says why.
 */
import type * as z from 'zod';

/** A field's own check, for values that never repeat (a time): true only when its schema takes the value unchanged. */
export type FieldCheck = (value: unknown) => boolean;

/** Values remembered per field; past this many, a field's values are taken not to repeat. */
const MEMO_LIMIT = 1024;

interface Field {
  schema: z.ZodType;
  /** Absent is fine: the schema is optional, and an absent key adds nothing to the result. */
  optional: boolean;
  own: FieldCheck | undefined;
  /** What the schema makes of each plain value seen: its output, or NOT_TAKEN. */
  memo: Map<unknown, unknown>;
}

const NOT_TAKEN = Symbol('not taken');

/**
 * A checker for lists of objects of `schema`, which must be a strict object with no check
 * of its own (the fields are then independent of each other). `own` names fields checked
 * by a function instead of their schema.
 */
export function sameShapeChecker<T>(
  schema: z.ZodObject,
  own: Record<string, FieldCheck> = {},
): (items: readonly unknown[]) => T[] | null {
  const def = schema._zod.def;
  if (def.catchall?._zod.def.type !== 'never' || (def.checks ?? []).length > 0)
    throw new Error('sameShapeChecker: the schema must be a strict object with no checks of its own');
  const fields = new Map<string, Field>();
  let required = 0;
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    // zod reads a key with `in`: a name Object.prototype has would be present on every object.
    if (key in Object.prototype) throw new Error(`sameShapeChecker: a field named "${key}"`);
    const optional = field._zod.optin === 'optional' && field._zod.optout === 'optional';
    if (!optional) required++;
    fields.set(key, { schema: field, optional, own: own[key], memo: new Map() });
  }

  /** The field's output for `value`, or NOT_TAKEN. */
  const output = (field: Field, value: unknown): unknown => {
    if (field.own) return field.own(value) ? value : NOT_TAKEN;
    const plain = value === null || typeof value !== 'object';
    if (plain && field.memo.has(value)) return field.memo.get(value);
    const parsed = field.schema.safeParse(value);
    const out = parsed.success ? parsed.data : NOT_TAKEN;
    if (plain && field.memo.size < MEMO_LIMIT) field.memo.set(value, out);
    return out;
  };

  return (items) => {
    const result: T[] = new Array<T>(items.length);
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (typeof item !== 'object' || item === null || Array.isArray(item)) return null;
      let present = 0;
      let changed: Record<string, unknown> | null = null;
      for (const key of Object.keys(item)) {
        const field = fields.get(key);
        if (!field) return null;
        if (!field.optional) present++;
        const value = (item as Record<string, unknown>)[key];
        const out = output(field, value);
        if (out === NOT_TAKEN) return null;
        if (!Object.is(out, value)) (changed ??= { ...item })[key] = out;
      }
      if (present !== required) return null;
      result[i] = (changed ?? item) as T;
    }
    return result;
  };
}
