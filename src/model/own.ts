/**
 * Records keyed by someone's ids ("constructor", "toString" and "valueOf" are good ids) are
 * read only through their own keys, so a missing id is missing, never a member of
 * Object.prototype.
 */
export const own = <V>(record: Readonly<Record<string, V>> | undefined, key: string): V | undefined =>
  record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
