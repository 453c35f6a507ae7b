/** "Did you mean …?" for misspelt keys, ids and event names. */
import { quote, shorten } from '../text/sanitize.js';
import type { ProblemWords } from '../words/problems-en.js';

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

/** Longer words are not typos of a key or an id: they get no suggestion, at no cost. */
export const MAX_SUGGEST_LENGTH = 64;

/**
 * The closest candidate within a distance that still looks like a typo, or null. Only
 * words and candidates of similar, short length are compared, so the cost stays bounded
 * whatever the file holds.
 */
export function closest(word: string, candidates: Iterable<string>): string | null {
  if (word.length > MAX_SUGGEST_LENGTH) return null;
  const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    // The distance is at least the difference in length.
    if (Math.abs(candidate.length - word.length) > limit) continue;
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : null;
}

/**
 * The closest candidate as closest() finds it, else one every dash-separated part of `word`
 * is close to a part of (in order): "march-2019" and "moscow-1963" are short for bundled ids
 * "march-2019-withdrawal" and "moscow-washington-1963". Among several, the one with the fewest
 * typos, then the fewest extra parts, then the first given.
 */
export function closestName(word: string, candidates: readonly string[]): string | null {
  const whole = closest(word, candidates);
  if (whole !== null || word.length > MAX_SUGGEST_LENGTH) return whole;
  const parts = word
    .toLowerCase()
    .split('-')
    .filter((part) => part !== '');
  if (parts.length === 0) return null;
  let best: string | null = null;
  let bestScore = [Infinity, Infinity];
  for (const candidate of candidates) {
    const typos = partsTypos(parts, candidate.toLowerCase().split('-'));
    if (typos === null) continue;
    const extra = candidate.split('-').length - parts.length;
    if (typos < bestScore[0]! || (typos === bestScore[0] && extra < bestScore[1]!)) {
      best = candidate;
      bestScore = [typos, extra];
    }
  }
  return best;
}

/** Typos when each of `parts` matches a later part of `of` in turn (each within closest's limit), else null. */
function partsTypos(parts: readonly string[], of: readonly string[]): number | null {
  let typos = 0;
  let from = 0;
  for (const part of parts) {
    const limit = Math.floor(part.length / 4);
    let found = -1;
    for (let i = from; i < of.length && found < 0; i++) {
      const distance = editDistance(part, of[i]!);
      if (distance <= limit) {
        found = i;
        typos += distance;
      }
    }
    if (found < 0) return null;
    from = found + 1;
  }
  return typos;
}

/**
 * A hint naming the closest candidate, else listing them all when few enough to read:
 * "did you mean "north"?" or "the declared parties are: south, north".
 */
export function didYouMean(
  word: string,
  candidates: readonly string[],
  w: ProblemWords,
  what = w.candidates.choices,
): string | undefined {
  const match = closest(word, candidates);
  if (match !== null) return w.didYouMean(quote(match));
  if (candidates.length === 0 || candidates.length > 12) return undefined;
  return w.choices(
    what,
    candidates.map((c) => shorten(c)),
  );
}
