/*
 * Which channels an author's sentence is about, read from the words of the scenario's own
 * language: a channel it names (by its name or its id, as in "the office"), and every
 * channel standing in a status it names ("Why is it closed?") on the board it was written for.
 */
import type { ChannelView } from '../channels/status.js';
import { STATUSES, type ChannelId, type ChannelStatus, type Scenario } from '../model/scenario.js';
import { wordsFor } from '../words/index.js';
import type { Frame } from './frame.js';

/** Whether `word` stands in `text` as a word of its own: a Latin word does not match inside a longer one. */
function names(text: string, word: string): boolean {
  if (word === '') return false;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A Korean noun takes its particle with no space ("단절인가"): only Latin letters after it make a longer word.
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{Script=Latin}\\p{N}])`, 'iu').test(text);
}

/** The channels `text` names, by name or by id, in the scenario's order. */
export function channelsNamed(text: string, scenario: Scenario): ChannelId[] {
  return scenario.channels.filter((c) => names(text, c.name) || names(text, c.id)).map((c) => c.id);
}

/** The statuses `text` names, in the scenario's language. */
export function statusesNamed(text: string, scenario: Scenario): ChannelStatus[] {
  const words = wordsFor(scenario.lang ?? 'en').state;
  return STATUSES.filter((status) => names(text, words[status]));
}

/**
 * The channels a sentence about `frame` concerns: those it names and those standing in a
 * status it names there (`statusText`: the part that asks about the board, when that is
 * narrower than the whole); otherwise the frame's own channels (its event's, or those its
 * routine checks called); otherwise, with nothing to narrow it, every channel.
 */
export function channelsConcerned(
  scenario: Scenario,
  frame: Frame,
  text: string,
  statusText: string = text,
): ChannelId[] {
  const statuses = new Set(statusesNamed(statusText, scenario));
  const named = new Set(channelsNamed(text, scenario));
  for (const [id, view] of Object.entries(frame.channels)) if (statuses.has(view.status)) named.add(id);
  if (named.size > 0) return scenario.channels.filter((c) => named.has(c.id)).map((c) => c.id);
  const own = frame.event?.channels.length ? frame.event.channels : frame.checks.map((n) => n.channel);
  return own.length > 0 ? [...own] : scenario.channels.map((c) => c.id);
}

/** Two views say the same about a channel: the same status, for the same reasons. */
const sameView = (a: ChannelView | undefined, b: ChannelView | undefined): boolean =>
  a?.status === b?.status && JSON.stringify(a?.facts) === JSON.stringify(b?.facts);

/** Whether every channel in `channels` stands the same, for the same reasons, in both frames. */
export function sameStanding(
  channels: readonly ChannelId[],
  a: Frame | undefined,
  b: Frame | undefined,
): boolean {
  if (a === undefined || b === undefined) return a === b;
  return channels.every((id) => sameView(a.channels[id], b.channels[id]));
}
