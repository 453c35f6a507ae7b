import type { End } from '../machines/events.js';
import type { ChannelSpec } from '../model/scenario.js';

/** Which end of a channel a party is at: a for the first of `between`, b for the second. */
export function endOf(spec: Pick<ChannelSpec, 'between'>, party: string): End | undefined {
  const index = spec.between.indexOf(party);
  return index === 0 ? 'a' : index === 1 ? 'b' : undefined;
}
