import { displayWidth, truncate } from '../text/width.js';

/**
 * Fits parts joined by `separator` into `width` columns: the least important part (highest
 * `rank`) gives way first, whole, and the rest keep their order. Only when the most
 * important part alone is too wide is it cut.
 */
export function fitParts(parts: { text: string; rank: number }[], separator: string, width: number): string {
  const kept = [...parts];
  const joined = () => kept.map((p) => p.text).join(separator);
  while (kept.length > 1 && displayWidth(joined()) > width) {
    const worst = kept.reduce((a, b) => (b.rank >= a.rank ? b : a));
    kept.splice(kept.indexOf(worst), 1);
  }
  return truncate(joined(), width);
}
