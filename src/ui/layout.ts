/** How the screen is divided: a pure function of the terminal size and the channels. */
export interface Layout {
  columns: number;
  /**
   * Lines Ink may draw: the terminal's rows, the last one too. Ink 6 clears the whole terminal
   * before every frame as tall as the terminal (a flicker on each step); patches/ink+6.8.0.patch
   * makes it redraw such a frame in place, as Ink 7 does (test/ui/ink-full-height.test.tsx).
   */
  height: number;
  /** Board and narration side by side (roomy terminals) or stacked (80×24). */
  wide: boolean;
  boardWidth: number;
  sideWidth: number;
  /** How many channels the board shows at once (the rest scroll with ↑ ↓). */
  shownChannels: number;
  /**
   * Lines per channel: `full` gives the reason and the detail (staffing or line state) lines
   * of their own; `all` one detail line each; `offices` only for offices; `none` one line.
   */
  detail: Detail;
  /** Timeline lanes drawn (one per shown channel, from the top of the board). */
  lanes: number;
  /** Lines inside the narration box (in the wide layout, also the board's height). */
  narrationLines: number;
  /** Lines inside the board box. */
  boardLines: number;
  /** Lines inside the "story so far" box that uses spare room (0: no box). */
  storyLines: number;
  tooSmall: boolean;
}

export type Detail = 'full' | 'all' | 'offices' | 'none';

export const MIN_COLUMNS = 60;
/** From here the board and the narration sit side by side. */
export const WIDE_COLUMNS = 110;
export const MIN_ROWS = 16;
/** Header, reachability, timeline axis, message line, key bar. */
const FIXED_LINES = 5;
const MIN_NARRATION = 3;
const MAX_NARRATION = 10;

interface Choice {
  shown: number;
  detail: Layout['detail'];
  lanes: number;
}

/** What the screen must make room for beyond the board. */
export interface LayoutNeeds {
  /**
   * Presenter mode: the story comes first. The board drops its detail lines and the strip
   * its lanes until the narration fits whole; only then does the story page.
   */
  present?: boolean;
  /** Lines the narration needs to be shown uncut at an inner width. */
  narration?: (width: number) => number;
}

export function planLayout(
  columns: number,
  rows: number,
  channels: number,
  offices = 0,
  needs: LayoutNeeds = {},
): Layout {
  const height = Math.max(1, rows);
  const wide = columns >= WIDE_COLUMNS && rows >= 20;
  const boardWidth = wide ? Math.floor(columns * 0.64) : columns;
  const sideWidth = wide ? columns - boardWidth : columns;
  const need = Math.max(MIN_NARRATION, needs.narration?.(sideWidth - 2) ?? 0);
  // Stacked, the board and the narration share one border line between them.
  const budget = height - FIXED_LINES - (wide ? 2 : 3);
  const boardLines = ({ shown, detail }: Choice) =>
    shown * (detail === 'full' ? 3 : 1) +
    (detail === 'all' ? shown : detail === 'offices' ? Math.min(offices, shown) : 0);
  const fitsWith = (narration: number) => (c: Choice) =>
    (wide ? Math.max(boardLines(c), narration) : boardLines(c) + narration) + c.lanes <= budget;
  const fits = fitsWith(MIN_NARRATION);
  const n = channels;
  const preferred: Choice[] = [
    ...(wide ? [{ shown: n, detail: 'full' as const, lanes: n }] : []),
    { shown: n, detail: 'all', lanes: n },
    { shown: n, detail: 'offices', lanes: n },
    { shown: n, detail: 'none', lanes: n },
  ];
  // Presenting, the board's detail goes first, then the strip's lanes one by one.
  const shrinking: Choice[] = Array.from({ length: n }, (_, k) => ({
    shown: n,
    detail: 'none' as const,
    lanes: n - 1 - k,
  }));
  let choice = needs.present
    ? ([...preferred, ...shrinking].find(fitsWith(need)) ?? [...preferred, ...shrinking].filter(fits).at(-1))
    : preferred.find(fits);
  if (!choice) {
    let k = n;
    while (k > 1 && !fits({ shown: k, detail: 'none', lanes: needs.present ? 0 : k })) k--;
    const lanes = needs.present ? 0 : k;
    choice = { shown: k, detail: 'none', lanes: fits({ shown: k, detail: 'none', lanes }) ? lanes : 0 };
  }
  const board = boardLines(choice);
  const rest = budget - choice.lanes - (wide ? 0 : board);
  // The narration takes what its story and questions need (at least its usual share); the
  // spare lines after that become a "story so far" box when there are enough for one.
  const wanted = Math.max(MIN_NARRATION, Math.min(rest, Math.max(MAX_NARRATION, need)), wide ? board : 0);
  const spare = rest - wanted;
  const storyLines = spare >= 5 ? spare - 2 : 0;
  const narrationLines =
    storyLines > 0 ? wanted : Math.max(MIN_NARRATION, wide ? Math.max(rest, board) : rest);
  return {
    columns,
    height,
    wide,
    boardWidth,
    sideWidth,
    shownChannels: choice.shown,
    detail: choice.detail,
    lanes: choice.lanes,
    narrationLines,
    boardLines: wide ? narrationLines : board,
    storyLines,
    tooSmall: columns < MIN_COLUMNS || rows < MIN_ROWS || budget < MIN_NARRATION + 1,
  };
}
