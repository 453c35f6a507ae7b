/** Whether two records hold the same keys with identical (===) values: the test a memo needs. */
export function sameFields<T extends object>(a: T, b: T): boolean {
  if (a === b) return true;
  const keys = Object.keys(a) as (keyof T)[];
  return keys.length === Object.keys(b).length && keys.every((key) => key in b && a[key] === b[key]);
}
