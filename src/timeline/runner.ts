import { describerFor, type Describer } from '../channels/describe.js';
import { explainRefusal } from '../channels/refusal.js';
import { kindOf } from '../channels/registry.js';
import { channelView, routineCallsMade, type ChannelSnapshot, type ChannelView } from '../channels/status.js';
import type { Delivery, SimulationEvent } from '../machines/simulationMachine.js';
import type { ChannelSpec, Scenario, ScenarioEvent } from '../model/scenario.js';
import type { ContactEmitted } from '../channels/rule.js';
import { isWeekend } from '../time/clock.js';
import { checkDeliveries, channelMap, deliveriesFor } from './deliveries.js';
import type { CheckNote, ExpectationResult, Frame, FrameInput, RefusalNote } from './frame.js';
import { checkNarration, eventSummary } from './narrate.js';
import type { Step } from './schedule.js';
import { Timeline, type BranchOrigin, type EventRefusal, type SimulationActor } from './timeline.js';
import { own } from '../model/own.js';

export const DEFAULT_CHECKPOINT_EVERY = 64;

interface CachedView {
  snapshot: ChannelSnapshot;
  offDuty: boolean;
  view: ChannelView;
}

/** Two state values alike: a contact's transition makes a new snapshot of the same state. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => sameValue(x[k], y[k]));
}

/** Whether a channel is outside its own office days: its `checks.days` (weekdays when it has none). */
export function offDutyAt(spec: ChannelSpec, at: number, zone: Scenario['zone']): boolean {
  return (spec.checks?.days ?? 'weekdays') === 'weekdays' && isWeekend(at, zone);
}

export interface RunnerState {
  frames: Frame[];
  inputs: FrameInput[];
  checkpoints: Map<number, string>;
  refusals: EventRefusal[];
  checkpointEvery: number;
}

/**
 * Drives a started simulation actor through steps and records a frame for each. Shared by
 * the historical run and by what-if branches, so both follow exactly the same rules.
 */
export class Runner {
  private readonly channels: ReadonlyMap<string, ChannelSpec>;
  private readonly say: Describer;
  private readonly cache = new Map<string, CachedView>();
  /** The contacts made since the last send. */
  private contacts: CheckNote[] = [];
  /** Contacts already taken by an event that replaced them (`channel@at`): not made again. */
  private readonly replaced = new Set<string>();

  constructor(
    private readonly scenario: Scenario,
    private readonly steps: readonly Step[],
    private readonly actor: SimulationActor,
    private readonly state: RunnerState,
  ) {
    this.channels = channelMap(scenario);
    this.say = describerFor(scenario);
    // A contact's outcome is what the channel emits while taking it: recorded once, on the frame.
    const children = actor.getSnapshot().context.channels;
    for (const [id, child] of Object.entries(children))
      child.on('contact', (emitted: ContactEmitted) =>
        this.contacts.push({ channel: id, outcome: emitted.outcome }),
      );
  }

  /** The frame of the initial state. */
  recordStart(): void {
    this.record(null, {
      stepIndex: -1,
      at: this.scenario.start,
      kind: 'start',
      event: null,
      eventIndex: null,
      narration: this.scenario.summary?.trim() || 'The scenario begins.',
      checks: [],
      refused: [],
      expectations: [],
    });
  }

  /** Applies schedule steps `fromStep` up to (not including) `toStep`, recording their frames. */
  runSteps(fromStep: number, toStep = this.steps.length): void {
    for (let i = fromStep; i < Math.min(toStep, this.steps.length); i++) {
      const step = this.steps[i]!;
      if (step.kind === 'event') this.applyEvent(step.event, i, step.eventIndex, 'event');
      else this.applyChecks(step.at, step.channels, i);
    }
  }

  /** Sends a scripted (or what-if) event and records its frame. */
  applyEvent(
    event: ScenarioEvent,
    stepIndex: number,
    eventIndex: number | null,
    kind: 'event' | 'what-if',
  ): void {
    const deliveries = deliveriesFor(this.channels, event);
    const before = this.childSnapshots(deliveries);
    deliveries.push(...this.replacedContacts(deliveries, event.at));
    const input: SimulationEvent = { type: 'deliver', at: event.at, deliveries };
    const checks = this.send(input);
    const refused: RefusalNote[] = this.actor.getSnapshot().context.refused.map((r) => ({
      channel: r.channel,
      message: this.refusalMessage(r, before.get(r.channel)),
    }));
    const frameIndex = this.state.frames.length;
    if (eventIndex !== null)
      for (const r of refused) this.state.refusals.push({ eventIndex, frameIndex, ...r });
    const frame = this.record(input, {
      stepIndex,
      at: event.at,
      kind,
      event,
      eventIndex,
      narration: event.narrate || eventSummary(event, this.channels, this.say),
      checks,
      refused,
      expectations: [],
    });
    frame.expectations.push(...this.expectations(event, frame));
  }

  /**
   * A session cancelled at the moment it is due is that moment's session: it is taken right
   * after the event, in the same frame, and not made again, so the channel does not close and
   * reopen at one instant.
   */
  private replacedContacts(deliveries: readonly Delivery[], at: number) {
    const ids = [
      ...new Set(
        deliveries
          .filter((d) => {
            const spec = this.channels.get(d.channel);
            return spec !== undefined && kindOf(spec.kind).events[d.event.type]?.replacesContact === true;
          })
          .map((d) => d.channel),
      ),
    ].filter(
      (id) =>
        !this.replaced.has(`${id}@${at}`) &&
        this.steps.some((s) => s.kind === 'checks' && s.at === at && s.channels.includes(id)) &&
        this.contactMade(id),
    );
    for (const id of ids) this.replaced.add(`${id}@${at}`);
    return checkDeliveries(this.channels, at, ids);
  }

  private contactMade(id: string): boolean {
    const child = this.actor.getSnapshot().context.channels[id];
    return (
      child !== undefined && routineCallsMade(this.channels.get(id)!, child.getSnapshot() as ChannelSnapshot)
    );
  }

  private applyChecks(at: number, ids: readonly string[], stepIndex: number): void {
    // A line whose routine calls are stopped is simply not called: no frame, no error.
    const calling = ids.filter((id) => !this.replaced.has(`${id}@${at}`) && this.contactMade(id));
    if (calling.length === 0) return;
    const deliveries = checkDeliveries(this.channels, at, calling);
    const input: SimulationEvent = { type: 'deliver', at, deliveries };
    const checks = this.send(input);
    this.record(input, {
      stepIndex,
      at,
      kind: 'checks',
      event: null,
      eventIndex: null,
      narration: checkNarration(checks, (id) => this.channels.get(id)?.name ?? id, at, this.scenario.zone),
      checks,
      refused: [],
      expectations: [],
    });
  }

  finish(origin: BranchOrigin | null = null): Timeline {
    const { frames, inputs, checkpoints, refusals, checkpointEvery } = this.state;
    return new Timeline(
      this.scenario,
      this.steps,
      frames,
      refusals,
      inputs,
      checkpoints,
      checkpointEvery,
      origin,
    );
  }

  private record(input: FrameInput, partial: Omit<Frame, 'index' | 'channels'>): Frame {
    const index = this.state.frames.length;
    const frame: Frame = {
      index,
      ...partial,
      channels: this.views(partial.at, this.state.frames[index - 1]),
    };
    this.state.frames.push(frame);
    this.state.inputs.push(input);
    if (index % this.state.checkpointEvery === 0)
      this.state.checkpoints.set(index, JSON.stringify(this.actor.getPersistedSnapshot()));
    return frame;
  }

  /** Every channel's view; unchanged views (and the whole record) are shared with the previous frame. */
  private views(at: number, previous: Frame | undefined): Frame['channels'] {
    const children = this.actor.getSnapshot().context.channels;
    let changed = previous === undefined;
    const next: Record<string, ChannelView> = {};
    for (const spec of this.scenario.channels) {
      const snapshot = children[spec.id]!.getSnapshot() as ChannelSnapshot;
      const cached = this.cache.get(spec.id);
      // Standby follows the channel's own calendar, and only for a kind that keeps office days.
      const offDuty = kindOf(spec.kind).standsBy && offDutyAt(spec, at, this.scenario.zone);
      // A contact emits its outcome and changes no state: the view stays the same object.
      const same =
        cached !== undefined &&
        cached.offDuty === offDuty &&
        (cached.snapshot === snapshot ||
          (cached.snapshot.context === snapshot.context && sameValue(cached.snapshot.value, snapshot.value)));
      const view = same ? cached.view : channelView(spec, snapshot, this.say, offDuty);
      this.cache.set(spec.id, { snapshot, offDuty, view });
      next[spec.id] = view;
      changed ||= previous?.channels[spec.id] !== view;
    }
    return changed || !previous ? next : previous.channels;
  }

  /** Sends one input and returns the contacts it made, in the order the channels made them. */
  private send(input: SimulationEvent): CheckNote[] {
    this.contacts = [];
    this.actor.send(input);
    return this.contacts;
  }

  private childSnapshots(deliveries: readonly Delivery[]): Map<string, ChannelSnapshot> {
    const children = this.actor.getSnapshot().context.channels;
    const result = new Map<string, ChannelSnapshot>();
    for (const d of deliveries) {
      const child = children[d.channel];
      if (child) result.set(d.channel, child.getSnapshot() as ChannelSnapshot);
    }
    return result;
  }

  private refusalMessage(refusal: Delivery & { why: string }, snapshot: ChannelSnapshot | undefined): string {
    const spec = this.channels.get(refusal.channel);
    if (!spec || !snapshot) return `there is no channel "${refusal.channel}"`;
    if (refusal.why === 'clock') return 'this event is earlier than the one before it';
    return `${spec.name} cannot ${refusal.event.type}: ${explainRefusal(spec, snapshot, refusal.event, this.say)}`;
  }

  private expectations(event: ScenarioEvent, frame: Frame): ExpectationResult[] {
    return event.expect.map(({ channel, status }) => {
      const actual = own(frame.channels, channel)?.status ?? 'closed';
      return { channel, expected: status, actual, ok: actual === status };
    });
  }
}
