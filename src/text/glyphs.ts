import type { ChannelStatus } from '../model/scenario.js';

// The shapes that stand for a status on every face (screen, text chart, SVG), so a class
// reads the same mark everywhere and never has to rely on colour alone.

/** Beside a channel's name: shape first, the word says it too. */
export const STATUS_MARK: Record<ChannelStatus, string> = { open: '●', degraded: '◐', closed: '✖' };
/** One character per slice of a timeline lane: solid, shaded, a dot. */
export const LANE_GLYPH: Record<ChannelStatus, string> = { open: '█', degraded: '▒', closed: '·' };
/** A what-if's channel that differs from history, where the words "≠ history: was …" do not fit. */
export const DIFFERS_GLYPH = '≠';
/** The current moment on a lane's time strip. */
export const NOW_GLYPH = '╋';
