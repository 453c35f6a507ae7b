/** "Did you mean …?" for misspelt keys, ids and event names. */

/** Edit distance where swapping two neighbouring letters counts as one typo (small inputs only). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  return d[a.length]![b.length]!;
}

/** The closest candidate within a distance that still looks like a typo, or null. */
export function closest(word: string, candidates: Iterable<string>): string | null {
  const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : null;
}

/**
 * A hint naming the closest candidate, else listing them all when few enough to read:
 * "did you mean "north"?" or "the declared parties are: south, north".
 */
export function didYouMean(
  word: string,
  candidates: readonly string[],
  what = 'choices',
): string | undefined {
  const match = closest(word, candidates);
  if (match !== null) return `did you mean "${match}"?`;
  if (candidates.length === 0 || candidates.length > 12) return undefined;
  return `the ${what} are: ${candidates.join(', ')}`;
}
