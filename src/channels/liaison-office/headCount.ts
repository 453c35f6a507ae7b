/**
 * The one rule for head counts: a count is a whole number from 1 to the full complement,
 * and a reduction leaves fewer than the full complement. The machine's guards, the refusal
 * words, the file checks and the what-if prompt all ask here.
 */
export function countFits(count: number, full: number, reduction = false): boolean {
  return Number.isInteger(count) && count >= 1 && (reduction ? count < full : count <= full);
}

/** The counts a person may type for a send or a reduction, and the one to suggest. */
export function countRange(
  full: number,
  reduction: boolean,
  suggested?: number,
): { min: number; max: number; initial: number } {
  const max = reduction ? Math.max(1, full - 1) : full;
  return { min: 1, max, initial: suggested ?? max };
}

/** A reduction the what-if picker suggests: a quarter of the smaller complement. */
export function suggestedReduction(fulls: readonly number[]): number {
  return Math.max(1, Math.floor(Math.min(...fulls) / 4));
}
