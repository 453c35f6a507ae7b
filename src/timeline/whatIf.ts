import { describerFor } from '../channels/describe.js';
import type { Actor, ChannelEventName, ChannelId, ScenarioEvent } from '../model/scenario.js';
import { channelMap, deliveriesFor } from './deliveries.js';
import { eventPhrase, kindOf } from '../channels/registry.js';
import { wordsFor } from '../words/index.js';
import { continueFrom } from './resume.js';
import type { Timeline } from './timeline.js';

/** A counterfactual event the user asks about at a frame. */
export interface WhatIf {
  channel: ChannelId;
  do: ChannelEventName;
  side: Actor;
  count?: number;
  cause?: string;
  narrate?: string;
}

/** The what-if events a channel can take at a frame, with who could do them. */
export function availableWhatIfs(timeline: Timeline, index: number, channel: ChannelId): WhatIf[] {
  const { scenario } = timeline;
  const spec = scenario.channels.find((c) => c.id === channel);
  if (!spec) return [];
  const actor = timeline.restoreActor(index);
  const child = actor.getSnapshot().context.channels[channel]!;
  const at = timeline.frames[index]!.at;
  const options: WhatIf[] = [];
  const kind = kindOf(spec.kind);
  for (const [name, rule] of Object.entries(kind.events) as [
    ChannelEventName,
    (typeof kind.events)[ChannelEventName],
  ][]) {
    if (!rule || rule.contact) continue;
    // Who may take it lives in the kind: one side's own staff (or both), either end, or an accident.
    const sides: Actor[] = kind.takers(spec, name);
    for (const side of sides) {
      const count = kind.suggestCount(name, child.getSnapshot());
      const whatIf: WhatIf =
        count === undefined ? { channel, do: name, side } : { channel, do: name, side, count };
      const event = toEvent(whatIf, at);
      const deliveries = deliveriesFor(channelMap(scenario), event);
      if (deliveries.every((d) => child.getSnapshot().can(d.event as never))) options.push(whatIf);
    }
  }
  actor.stop();
  return options;
}

/** The scenario event a what-if stands for, at `at`. */
export function toEvent(whatIf: WhatIf, at: number, narrate = ''): ScenarioEvent {
  return {
    at,
    side: whatIf.side,
    channels: [whatIf.channel],
    do: whatIf.do,
    ...(whatIf.count === undefined ? {} : { count: whatIf.count }),
    ...(whatIf.cause === undefined ? {} : { cause: whatIf.cause }),
    narrate,
    tag: 'counterfactual',
    expect: [],
  };
}

/**
 * Restores frame `fromIndex`, applies the what-if there, and simulates the rest of the
 * schedule as a branch. Later scripted events that cannot happen in the branch are kept as
 * frames that say so, rather than dropped.
 */
export function branchAt(timeline: Timeline, fromIndex: number, whatIf: WhatIf): Timeline {
  const from = timeline.frames[fromIndex];
  if (!from) throw new RangeError(`frame ${fromIndex} is outside the timeline`);
  const say = describerFor(timeline.scenario);
  const draft = toEvent(whatIf, from.at);
  // The file's language is not known here: English, as a saved what-if says it.
  const narrate = whatIf.narrate ?? wordsFor('en').whatIf.savedNarration(eventPhrase('en', draft, say));
  const event = { ...draft, narrate };
  return continueFrom(timeline, fromIndex, (runner) => runner.applyEvent(event, -1, null, 'what-if'), {
    base: timeline,
    fromIndex,
    whatIf,
  });
}
