import type { ChannelStatus } from '../model/scenario.js';

/** A stretch of time [from, to) at one status; `from === to` is an instant. */
export interface LaneStretch<L extends string = ChannelStatus> {
  from: number;
  to: number;
  level: L;
}

/** How bad a status is, for the lane rule below: a cut outranks a degraded line, which outranks open. */
export const SEVERITY: Record<ChannelStatus, number> = { open: 0, degraded: 1, closed: 2 };

/** The column of a strip `width` columns wide that time `at` falls in. */
export function columnOf(at: number, start: number, end: number, width: number): number {
  if (width <= 1 || end <= start) return 0;
  return Math.min(width - 1, Math.max(0, Math.floor(((at - start) / (end - start)) * width)));
}

/**
 * The one rule for drawing a lane in columns, used by the screen, the text chart and the SVG's
 * text: each column covers an equal slice of time and shows the WORST level the lane had in
 * that slice. Worst rather than majority because the lesson of this tool is the cut: a
 * one-hour closure of a hotline in a five-year chart must leave a mark, not vanish under the
 * years it was open. Durations are read from the debrief and the SVG, which draw time exactly.
 * A column no stretch touches keeps the level of the column before it.
 */
export function laneColumns<L extends string>(
  stretches: readonly LaneStretch<L>[],
  start: number,
  end: number,
  width: number,
  severity: Record<L, number>,
  before: L,
): L[] {
  const lane = new Array<L | null>(Math.max(0, width)).fill(null);
  for (const s of stretches) {
    if (s.to < start || s.from > end) continue;
    const from = columnOf(s.from, start, end, width);
    // A stretch that ends exactly where a column begins does not reach into it.
    const toColumn = columnOf(s.to, start, end, width);
    const endsOnEdge =
      s.to > s.from && s.to < end && toColumn > from && isColumnStart(s.to, start, end, width);
    const to = endsOnEdge ? toColumn - 1 : toColumn;
    for (let x = from; x <= to; x++) {
      const held = lane[x];
      if (held === null || held === undefined || severity[s.level] > severity[held]) lane[x] = s.level;
    }
  }
  let last = before;
  return lane.map((level) => (last = level ?? last));
}

function isColumnStart(at: number, start: number, end: number, width: number): boolean {
  const exact = ((at - start) / (end - start)) * width;
  return Number.isInteger(exact) || Math.abs(exact - Math.round(exact)) < 1e-9;
}
