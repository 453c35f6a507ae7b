/** One printed benchmark figure. `ratio` is against a baseline measured in the same run. */
export interface BenchFigure {
  label: string;
  value: string;
  /** e.g. "0.62× bare XState"; figures are printed, never asserted. */
  ratio?: string;
  /** The aim from the issue, e.g. "≥ 0.5×" or "< 16 ms". */
  aim?: string;
}

export function printFigures(title: string, figures: BenchFigure[]): void {
  process.stdout.write(`\n${title}\n`);
  const width = Math.max(...figures.map((f) => f.label.length));
  for (const f of figures) {
    const extra = [f.ratio, f.aim ? `aim ${f.aim}` : undefined].filter(Boolean).join('  ');
    process.stdout.write(`  ${f.label.padEnd(width)}  ${f.value}${extra ? `   ${extra}` : ''}\n`);
  }
}
