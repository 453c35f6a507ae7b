import { STATUSES, type ChannelStatus, type Scenario } from '../model/scenario.js';
import { sideReachOverTime, type PairReach } from '../analysis/reachability.js';
import { spansOf } from '../analysis/spans.js';
import { eventPhrase } from '../channels/registry.js';
import { notYetThere, viewWords, type ChannelView } from '../channels/status.js';
import { STATUS_MARK } from '../text/glyphs.js';
import type { Words } from '../words/index.js';
import type { Lang } from '../words/lang.js';
import { reachLabels } from '../words/reach.js';
import { speakerFor, type Speaker } from '../words/speaker.js';
import type { Frame } from '../timeline/frame.js';
import type { Timeline } from '../timeline/timeline.js';
import { displayWidth, shortenByWords } from '../text/width.js';
import { timeAxis } from './timeAxis.js';
import { escapeXml as esc } from './xml.js';

/*
 * A slide-ready timeline: one lane per channel coloured by status, each status also drawn
 * with its own pattern and named inside wide stretches, so the chart reads in greyscale and
 * for colour-blind viewers. Scripted events are numbered callouts explained in a key below.
 */

const WIDTH = 1200;
const MARGIN = 28;
/** The label column grows with the longest channel name, within these bounds. */
const LABEL_WIDTH = { min: 150, max: 320 };
const LANE = 30;
const LANE_GAP = 8;
const MARKER_ROW = 24;
const KEY_LINE = 18;
/** A label is shortened by whole words unless that leaves no more than this share of its room. */
const WHOLE_FROM = 0.6;
/** Average glyph width of the sans-serif font as a share of its size, to fit labels. */
const GLYPH = 0.56;

type Band = ChannelStatus | 'not-yet' | 'redundant' | 'last-link' | 'cut-off';

const LOOK: Record<Band, { fill: string; pattern: string; ink: string }> = {
  open: { fill: '#1a9850', pattern: 'solid', ink: '#ffffff' },
  degraded: { fill: '#f0a202', pattern: 'dots', ink: '#1a1a1a' },
  closed: { fill: '#c0392b', pattern: 'hatch', ink: '#ffffff' },
  // Never opened is not a closure: grey, so a line that did not exist yet reads as absent.
  'not-yet': { fill: '#bdbdbd', pattern: 'grey', ink: '#1a1a1a' },
  redundant: { fill: '#1a9850', pattern: 'solid', ink: '#ffffff' },
  'last-link': { fill: '#e66101', pattern: 'bars', ink: '#ffffff' },
  'cut-off': { fill: '#c0392b', pattern: 'hatch', ink: '#ffffff' },
};

/** A band's name in the chart's language. */
function bandWord(band: Band, words: Words): string {
  if (band === 'redundant') return words.reach.redundant;
  if (band === 'last-link') return words.reach.oneLastLink;
  if (band === 'cut-off') return words.reach.cutOff;
  if (band === 'not-yet') return words.svg.notYet;
  return words.state[band];
}

function defs(): string {
  const pattern = (id: string, fill: string, body: string, extra = '') =>
    `<pattern id="${id}" patternUnits="userSpaceOnUse" width="8" height="8"${extra}><rect width="8" height="8" fill="${fill}"/>${body}</pattern>`;
  return [
    '<defs>',
    pattern(
      'p-hatch',
      LOOK.closed.fill,
      '<line x1="0" y1="0" x2="0" y2="8" stroke="#ffffff" stroke-opacity="0.55" stroke-width="3"/>',
      ' patternTransform="rotate(45)"',
    ),
    pattern(
      'p-grey',
      LOOK['not-yet'].fill,
      '<line x1="0" y1="0" x2="0" y2="8" stroke="#ffffff" stroke-opacity="0.7" stroke-width="1.5"/>',
      ' patternTransform="rotate(-45)"',
    ),
    pattern(
      'p-dots',
      LOOK.degraded.fill,
      '<circle cx="2" cy="2" r="1.4" fill="#1a1a1a" fill-opacity="0.55"/><circle cx="6" cy="6" r="1.4" fill="#1a1a1a" fill-opacity="0.55"/>',
    ),
    pattern(
      'p-bars',
      LOOK['last-link'].fill,
      '<rect x="0" y="0" width="2" height="8" fill="#ffffff" fill-opacity="0.4"/>',
    ),
    '</defs>',
  ].join('');
}

const paint = (band: Band) =>
  LOOK[band].pattern === 'solid' ? LOOK[band].fill : `url(#p-${LOOK[band].pattern})`;

const text = (x: number, y: number, content: string, attrs = '') =>
  `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}"${attrs ? ` ${attrs}` : ''}>${esc(content)}</text>`;

/** How wide `label` draws at font `size`, from its width in columns (a CJK character counts two). */
export const labelWidth = (label: string, size: number) => displayWidth(label) * size * GLYPH;
const fits = (label: string, width: number, size: number) => labelWidth(label, size) + 10 <= width;

/** A stretch of one lane; `labels` are names from longest to shortest, the first that fits is shown. */
interface Stretch {
  from: number;
  to: number;
  band: Band;
  labels?: string[];
}

/** One horizontal band of stretches, each painted and, where it fits, named. */
interface Box {
  x: number;
  width: number;
}

/** The narrowest a stretch is drawn, in pixels: narrower, one of an hour in five years would not show. */
const MIN_SHOWN = 3;

function lane(
  box: Box,
  id: string,
  y: number,
  stretches: Stretch[],
  x: (at: number) => number,
  say: Speaker,
): { shapes: string[]; words: string[] } {
  const w = say.words;
  const out: string[] = [`<g class="lane" data-lane="${esc(id)}">`];
  // Words go in their own group, drawn after the event guides so no dashed line crosses them.
  const words: string[] = [`<g class="lane-words" data-lane-words="${esc(id)}">`];
  // A stretch too short to see at this scale (an office open for an afternoon in a year) is
  // drawn at least MIN_SHOWN wide, after the others, so that its neighbours do not cover it.
  const short: string[] = [];
  for (const s of stretches) {
    const left = x(s.from);
    const width = s.to > s.from ? Math.max(x(s.to) - left, MIN_SHOWN) : 0;
    if (width <= 0) continue;
    (x(s.to) - left < MIN_SHOWN ? short : out).push(
      `<rect x="${left.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="${LANE}" fill="${paint(s.band)}"><title>${esc(w.svg.tooltip(s.labels?.[0] ?? bandWord(s.band, w), w.time.range(say.dateTime(s.from), say.dateTime(s.to))))}</title></rect>`,
    );
    const word = [...(s.labels ?? []), bandWord(s.band, w)].find((label) => fits(label, width, 12)) ?? '';
    if (word)
      words.push(
        text(
          left + width / 2,
          y + LANE / 2 + 4,
          word,
          `text-anchor="middle" font-size="12" font-weight="600" fill="${LOOK[s.band].ink}" paint-order="stroke" stroke="${LOOK[s.band].fill}" stroke-width="3"`,
        ),
      );
  }
  out.push(...short);
  out.push(
    `<rect x="${box.x}" y="${y}" width="${box.width}" height="${LANE}" fill="none" stroke="#444444" stroke-width="0.6"/>`,
    '</g>',
  );
  words.push('</g>');
  return { shapes: out, words };
}

function reachBand(reach: PairReach): Band {
  if (!reach.reachable) return 'cut-off';
  return reach.lastLinks.length > 0 ? 'last-link' : 'redundant';
}

interface Marker {
  number: number;
  frame: Frame;
  x: number;
}

/** Markers close enough to collide share one callout: "4–13". */
interface Callout {
  markers: Marker[];
  label: string;
  x: number;
  width: number;
  row: number;
}

/** Numbers the scripted events in time order. */
function numberEvents(frames: readonly Frame[], x: (at: number) => number, end: number): Marker[] {
  return frames
    .filter((frame) => frame.event !== null && frame.at <= end)
    .map((frame, i) => ({ number: i + 1, frame, x: x(frame.at) }));
}

/** Groups markers that would overlap and stacks callouts that still collide into rows. */
function placeCallouts(markers: Marker[]): Callout[] {
  const groups: Marker[][] = [];
  for (const m of markers) {
    const group = groups[groups.length - 1];
    if (group && m.x - group[0]!.x < 16) group.push(m);
    else groups.push([m]);
  }
  const rows: number[] = [];
  return groups.map((group) => {
    const first = group[0]!.number;
    const last = group[group.length - 1]!.number;
    const label = first === last ? String(first) : `${first}–${last}`;
    const width = Math.max(20, displayWidth(label) * 10 * 0.62 + 10);
    const x = (group[0]!.x + group[group.length - 1]!.x) / 2;
    let row = rows.findIndex((right) => right + 4 <= x - width / 2);
    if (row < 0) row = rows.length;
    rows[row] = x + width / 2;
    return { markers: group, label, x, width, row };
  });
}

/** How a marker looks: scripted channel event, context, or counterfactual (and what-if). */
function markerStyle(frames: readonly Frame[]): { fill: string; ink: string; dash: string } {
  const allContext = frames.every((f) => f.event!.do === null);
  const counterfactual = frames.some((f) => f.event!.tag === 'counterfactual' || f.kind === 'what-if');
  return {
    fill: allContext ? '#ffffff' : counterfactual ? '#6a3d9a' : '#2b2b2b',
    ink: allContext ? '#2b2b2b' : '#ffffff',
    dash: counterfactual ? ' stroke-dasharray="3,2"' : '',
  };
}

/** A rounded label: the callouts above the lanes and the numbers in the key look alike. */
function pill(
  cx: number,
  top: number,
  width: number,
  height: number,
  label: string,
  style: ReturnType<typeof markerStyle>,
  cls: string,
  size = 10,
): string {
  return [
    `<rect x="${(cx - width / 2).toFixed(1)}" y="${top}" width="${width.toFixed(1)}" height="${height}" rx="${height / 2}" fill="${style.fill}" stroke="#2b2b2b" stroke-width="1.4"${style.dash}/>`,
    text(
      cx,
      top + height / 2 + size * 0.36,
      label,
      `class="${cls}" text-anchor="middle" font-size="${size}" font-weight="700" fill="${style.ink}"`,
    ),
  ].join('');
}

function calloutSvg(c: Callout, top: number): string {
  const style = markerStyle(c.markers.map((m) => m.frame));
  return pill(c.x, top + c.row * MARKER_ROW + 1, c.width, 20, c.label, style, 'callout');
}

function keyLines(
  markers: Marker[],
  scenario: Scenario,
  top: number,
  say: Speaker,
): { svg: string[]; height: number } {
  if (markers.length === 0) return { svg: [], height: 0 };
  const w = say.words.svg;
  const columns = markers.length > 10 ? 2 : 1;
  const perColumn = Math.ceil(markers.length / columns);
  const columnWidth = (WIDTH - 2 * MARGIN) / columns;
  const maxChars = Math.floor((columnWidth - 44) / (12 * 0.6));
  const svg = [text(MARGIN, top + 14, w.keyTitle, 'font-size="14" font-weight="700"')];
  markers.forEach((m, i) => {
    const event = m.frame.event!;
    const column = Math.floor(i / perColumn);
    const x = MARGIN + column * columnWidth;
    const y = top + 36 + (i % perColumn) * KEY_LINE;
    const when = say.date(m.frame.at);
    // What was done, as the channel's kind says it; context is told by its narration alone.
    const line =
      event.do === null
        ? event.side === null
          ? w.keyNarration(when, event.narrate)
          : w.keyContext(when, say.actor(event.side), event.narrate)
        : w.keyEvent(when, eventPhrase(say.lang, event, say), event.narrate);
    svg.push(pill(x + 13, y - 11.5, 26, 15, String(m.number), markerStyle([m.frame]), 'key-number', 9.5));
    svg.push(text(x + 32, y, shortenByWords(line, maxChars, WHOLE_FROM), 'class="key" font-size="12"'));
  });
  return { svg, height: 36 + perColumn * KEY_LINE };
}

function legend(top: number, words: Words, notYet: boolean): string[] {
  const w = words.svg;
  const out: string[] = [];
  let x = MARGIN;
  let y = top;
  // An item that would run past the edge starts a second row (there is room above the callouts).
  const room = (width: number) => {
    if (x + width <= WIDTH - MARGIN) return;
    x = MARGIN;
    y += 20;
  };
  const heading = (word: string) => {
    room(labelWidth(word, 12) * (0.68 / GLYPH) + 50);
    out.push(text(x, y + 11.5, word, 'font-size="12" font-weight="700"'));
    x += labelWidth(word, 12) * (0.68 / GLYPH) + 10;
  };
  const swatch = (band: Band, word: string) => {
    room(32 + labelWidth(word, 12));
    out.push(
      `<rect x="${x}" y="${y}" width="26" height="14" fill="${paint(band)}" stroke="#444444" stroke-width="0.6"/>`,
    );
    out.push(text(x + 32, y + 11.5, word, 'font-size="12"'));
    x += 32 + labelWidth(word, 12) + 16;
  };
  const marker = (fill: string, ink: string, dash: string, word: string) => {
    room(22 + labelWidth(word, 12));
    out.push(
      `<rect x="${x}" y="${y - 1}" width="16" height="16" rx="8" fill="${fill}" stroke="#2b2b2b" stroke-width="1.2"${dash}/>`,
    );
    out.push(text(x + 8, y + 11, 'n', `text-anchor="middle" font-size="9" font-weight="700" fill="${ink}"`));
    x += 22 + labelWidth(word, 12) + 16;
    out.push(text(x - labelWidth(word, 12) - 16, y + 11.5, word, 'font-size="12"'));
  };
  heading(w.legendChannel);
  for (const status of STATUSES) swatch(status, `${STATUS_MARK[status]} ${bandWord(status, words)}`);
  if (notYet) swatch('not-yet', `${STATUS_MARK.closed} ${bandWord('not-yet', words)}`);
  x += 12;
  heading(w.legendSides);
  swatch('last-link', bandWord('last-link', words));
  swatch('cut-off', bandWord('cut-off', words));
  x += 12;
  heading(w.legendEvents);
  marker('#2b2b2b', '#ffffff', '', w.onChannel);
  marker('#ffffff', '#2b2b2b', '', w.context);
  marker('#6a3d9a', '#ffffff', ' stroke-dasharray="3,2"', w.counterfactual);
  return out;
}

/** A channel's band in one frame: one closed because it does not exist yet, of any kind, has its own look. */
function channelBand(view: ChannelView | undefined): Band {
  if (!view) return 'closed';
  if (notYetThere(view)) return 'not-yet';
  return view.status;
}

/** The sides' lane: more than one way, one last link (named), cut off; "only via X" when indirect. */
function sidesStretches(timeline: Timeline, say: Speaker): Stretch[] {
  const stretches: Stretch[] = [];
  for (const s of sideReachOverTime(timeline)) {
    const band = reachBand(s.reach);
    const labels = reachLabels(s.reach, say);
    // Routes change more often than the picture: merge stretches that look the same.
    const previous = stretches[stretches.length - 1];
    if (previous && previous.band === band && (previous.labels ?? []).join() === labels.join())
      previous.to = s.to;
    else stretches.push({ from: s.from, to: s.to, band, ...(labels.length ? { labels } : {}) });
  }
  return stretches;
}

/** The date axis under the lanes: labelled ticks, minor ticks, and the wider context. */
function axisMarks(
  scenario: Scenario,
  box: Box,
  x: (at: number) => number,
  lanes: { top: number; bottom: number },
  words: Words,
): string[] {
  const top = lanes.bottom + 8;
  const axis = timeAxis(scenario.start, scenario.end, scenario.zone, box.width, 96, words);
  const line = (x1: number, y1: number, x2: number, y2: number, attrs: string) =>
    `<line x1="${x1.toFixed(1)}" y1="${y1}" x2="${x2.toFixed(1)}" y2="${y2}" ${attrs}/>`;
  const out = [line(box.x, top, box.x + box.width, top, 'stroke="#444444"')];
  for (const at of axis.minor) out.push(line(x(at), top, x(at), top + 3, 'stroke="#777777"'));
  for (const tick of axis.ticks) {
    const tx = x(tick.at);
    out.push(line(tx, top, tx, top + 6, 'stroke="#444444"'));
    // A faint white rule across the lanes helps the eye down from the axis.
    out.push(
      line(tx, lanes.top, tx, lanes.bottom, 'stroke="#ffffff" stroke-opacity="0.5" stroke-width="0.8"'),
    );
    out.push(text(tx, top + 19, tick.label, 'text-anchor="middle" font-size="11" fill="#333333"'));
  }
  let lastRight = -Infinity;
  for (const c of axis.context) {
    const cx = x(c.at);
    const wide = displayWidth(c.label) * 11 * 0.62;
    const left = axis.centered ? cx - wide / 2 : cx;
    // A label that would run into the previous one (or off the chart) is left out.
    if (left - lastRight < 16 || (axis.centered && left + wide > box.x + box.width + 4)) continue;
    lastRight = left + wide;
    const anchor = axis.centered ? 'text-anchor="middle" ' : '';
    out.push(
      text(
        cx,
        top + (axis.centered ? 22 : 36),
        c.label,
        `${anchor}font-size="11" font-weight="700" fill="#333333"`,
      ),
    );
  }
  return out;
}

/**
 * The timeline chart of a run as a standalone SVG document. `eventKey: false` leaves out the
 * key of numbered events, for a handout that lists them in full beside the chart.
 */
export function timelineSvg(
  timeline: Timeline,
  lang: Lang = 'en',
  options: { eventKey?: boolean } = {},
): string {
  const { scenario } = timeline;
  const { start, end } = scenario;
  const span = Math.max(end - start, 1);
  const longest = Math.max(...scenario.channels.map((c) => displayWidth(c.name)), 16);
  const labelColumn = Math.min(LABEL_WIDTH.max, Math.max(LABEL_WIDTH.min, longest * 13 * 0.6 + 14));
  const box: Box = {
    x: Math.round(MARGIN + labelColumn),
    width: WIDTH - Math.round(MARGIN + labelColumn) - MARGIN,
  };
  const x = (at: number) => box.x + ((Math.min(Math.max(at, start), end) - start) / span) * box.width;
  const say = speakerFor(scenario, lang);

  const markers = numberEvents(timeline.frames, x, end);
  const callouts = placeCallouts(markers);
  const markersTop = 132;
  const lanesTop = markersTop + Math.max(1, ...callouts.map((c) => c.row + 1)) * MARKER_ROW + 8;
  const laneLabel = (y: number, words: string, weight = '400') =>
    text(box.x - 10, y + LANE / 2 + 4.5, words, `text-anchor="end" font-size="13" font-weight="${weight}"`);
  const shapes: string[] = [];
  const words: string[] = [];
  const addLane = (drawn: { shapes: string[]; words: string[] }) => {
    shapes.push(...drawn.shapes);
    words.push(...drawn.words);
  };

  let notYet = false;
  const bands = spansOf(
    timeline.frames,
    scenario.channels.map((c) => c.id),
    end,
    channelBand,
  );
  scenario.channels.forEach((channel, i) => {
    const y = lanesTop + i * (LANE + LANE_GAP);
    const stretches: Stretch[] = bands.get(channel.id)!.map(({ from, to, status, frameIndex }) => {
      // A channel not there yet says so in its kind's words ("not yet connected", "not yet open").
      const view = status === 'not-yet' ? timeline.frames[frameIndex]?.channels[channel.id] : undefined;
      const reason = view ? viewWords(say.lang, channel, view, say).reason : '';
      return { from, to, band: status, ...(reason ? { labels: [reason] } : {}) };
    });
    notYet ||= stretches.some((s) => s.band === 'not-yet');
    shapes.push(
      laneLabel(y, shortenByWords(channel.name, Math.floor((labelColumn - 14) / (13 * 0.6)), WHOLE_FROM)),
    );
    addLane(lane(box, channel.id, y, stretches, x, say));
  });
  const reachTop = lanesTop + scenario.channels.length * (LANE + LANE_GAP) + 10;
  shapes.push(
    laneLabel(
      reachTop,
      say.words.reach.pair(say.party(scenario.sides[0]), say.party(scenario.sides[1])),
      '700',
    ),
  );
  addLane(lane(box, 'sides', reachTop, sidesStretches(timeline, say), x, say));

  // Event guides run from each marker down through every lane.
  const lanesBottom = reachTop + LANE;
  const guides = callouts.flatMap((c) =>
    c.markers.map(
      (m) =>
        `<line x1="${m.x.toFixed(1)}" y1="${markersTop + c.row * MARKER_ROW + 21}" x2="${m.x.toFixed(1)}" y2="${lanesBottom}" stroke="#2b2b2b" stroke-opacity="0.45" stroke-width="1" stroke-dasharray="2,3"/>`,
    ),
  );

  const keyTop = lanesBottom + 60;
  const key = options.eventKey === false ? { svg: [], height: 0 } : keyLines(markers, scenario, keyTop, say);
  // Without the key the chart ends under the axis labels (the lowest sits 44 below the lanes).
  const height = Math.ceil(options.eventKey === false ? lanesBottom + 56 : keyTop + key.height + MARGIN);
  const sideNames = scenario.sides.map((id) => scenario.parties.find((p) => p.id === id)?.name ?? id);
  const subtitle = say.words.svg.subtitle(say.span(start, end), sideNames, scenario.channels.length);

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="chart-title chart-desc" font-family="'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif">`,
    `<title id="chart-title">${esc(scenario.title)}</title>`,
    `<desc id="chart-desc">${esc(say.words.svg.description(subtitle))}</desc>`,
    defs(),
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    // Long titles are shortened on the chart; the full one stays in <title>.
    text(
      MARGIN,
      44,
      shortenByWords(scenario.title, 78, WHOLE_FROM),
      'font-size="24" font-weight="700" fill="#1a1a1a"',
    ),
    text(MARGIN, 70, shortenByWords(subtitle, 150, WHOLE_FROM), 'font-size="14" fill="#555555"'),
    ...legend(90, say.words, notYet),
    ...shapes,
    ...guides,
    ...words,
    ...callouts.map((c) => calloutSvg(c, markersTop)),
    ...axisMarks(scenario, box, x, { top: lanesTop, bottom: lanesBottom }, say.words),
    ...key.svg,
    '</svg>',
    '',
  ].join('\n');
}
