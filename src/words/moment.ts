import { localTime } from '../time/clock.js';
import { leadingUnits, spanBetween } from '../time/span.js';
import type { MomentPlace } from '../timeline/frameAt.js';
import type { Words } from './index.js';
import type { Zone } from '../time/zone.js';

/** "7 months 2 days": the two largest units of the span between two moments. */
export function sayDistance(words: Words, a: number, b: number, zone: Zone): string {
  const units = leadingUnits(spanBetween(a, b, zone));
  if (units.length === 0) return words.span.minutes(0);
  return units.map(([unit, n]) => words.span[unit](n)).join(' ');
}

/**
 * What to tell a person who asked for moment `at` and is shown `place`: null when it is a
 * step, else where it falls and how far the nearest steps are.
 */
export function sayMomentPlace(
  words: Words,
  place: MomentPlace,
  at: number,
  frames: readonly { at: number }[],
  zone: Zone,
): string | null {
  const when = (t: number) => words.time.dateTime(localTime(t, zone));
  const far = (t: number) => sayDistance(words, t, at, zone);
  switch (place.kind) {
    case 'on-step':
      return null;
    case 'before-start':
      return words.moment.beforeStart(when(at), when(frames[0]!.at));
    case 'past-end':
      return words.moment.afterScenarioEnd(when(at), when(place.end));
    case 'after-end': {
      const last = frames[place.index]!.at;
      return words.moment.afterEnd(when(at), when(last), far(last));
    }
    case 'between': {
      const shown = frames[place.index]!.at;
      const next = frames[place.next]!.at;
      return words.moment.between(when(at), when(shown), far(shown), when(next), far(next));
    }
  }
}
