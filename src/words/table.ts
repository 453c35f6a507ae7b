/**
 * The shape every language's table must have: the English table's keys, with each string a
 * string and each phrase function taking the same arguments. A table that lacks a key, or a
 * phrase that takes other arguments, fails type-checking.
 */
export type Table<T> = {
  [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends (...args: infer A) => string
      ? (...args: A) => string
      : Table<T[K]>;
};
