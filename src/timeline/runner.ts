import { describerFor, type Describer } from '../channels/describe.js';
import { refusalSentence } from '../channels/refusal.js';
import { kindOf } from '../channels/registry.js';
import type { ChannelKindModule } from '../channels/kind.js';
import type { ChannelSnapshot, ChannelView } from '../channels/status.js';
import type { ChannelActor, Delivery, SimulationEvent } from '../machines/simulationMachine.js';
import type { ChannelSpec, Scenario, ScenarioEvent } from '../model/scenario.js';
import type { ContactEmitted } from '../channels/rule.js';
import { isWeekend, localTime } from '../time/clock.js';
import { checkDeliveries, channelMap, deliveriesFor } from './deliveries.js';
import type { CheckNote, ExpectationResult, Frame, RefusalNote, StoredInput } from './frame.js';
import { checkNarration } from './narrate.js';
import { eventNarration } from '../words/event.js';
import { LANGS, type Lang } from '../words/lang.js';
import type { Step } from './schedule.js';
import { Timeline, type BranchOrigin, type EventRefusal, type SimulationActor } from './timeline.js';
import { own } from '../model/own.js';

export const DEFAULT_CHECKPOINT_EVERY = 64;

/** One channel as the runner follows it: fixed parts looked up once, the last view kept. */
interface ChannelSlot {
  spec: ChannelSpec;
  kind: ChannelKindModule;
  child: ChannelActor;
  /** The snapshot and day the view was made for; null before the first view. */
  snapshot: ChannelSnapshot | null;
  offDuty: boolean;
  view: ChannelView | null;
}

/** No refusals, no expectations, no contacts: one shared empty list instead of one per frame. */
const NONE: never[] = Object.freeze([]) as never[];

/** Two state values alike: a contact's transition makes a new snapshot of the same state. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let size = 0;
  for (const k in x) {
    if (!Object.hasOwn(y, k) || !sameValue(x[k], y[k])) return false;
    size++;
  }
  for (const k in y) if (--size < 0 || !Object.hasOwn(x, k)) return false;
  return true;
}

export interface RunnerState {
  frames: Frame[];
  inputs: StoredInput[];
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
  /** Every channel in the scenario's order, with its child actor and its last view. */
  private readonly slots: ChannelSlot[];
  private readonly slotOf = new Map<string, ChannelSlot>();
  /** Whether any channel keeps office days, so that a frame needs to know the weekday. */
  private readonly anyStandsBy: boolean;
  /** The narration of check frames by clock and outcomes: a daily call says the same each day. */
  private readonly checkSentences = new Map<string, string>();
  /** Routine contacts due at each instant, looked up when an event may replace one. */
  private contactsDue: Map<number, readonly string[]> | null = null;
  /** The contacts made since the last send. */
  private contacts: CheckNote[] = NONE;
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
    // The root spawns its children once and never replaces them, so their refs are kept here.
    const children = actor.getSnapshot().context.channels;
    this.slots = scenario.channels.map((spec) => ({
      spec,
      kind: kindOf(spec.kind),
      child: children[spec.id]!,
      snapshot: null,
      offDuty: false,
      view: null,
    }));
    for (const slot of this.slots) this.slotOf.set(slot.spec.id, slot);
    this.anyStandsBy = this.slots.some((slot) => slot.kind.standsBy);
    // A contact's outcome is what the channel emits while taking it: recorded once, on the frame.
    for (const [id, child] of Object.entries(children))
      child.on('contact', (emitted: ContactEmitted) => {
        const note = { channel: id, outcome: emitted.outcome };
        // Most frames record one contact: a literal holds it in a list of one, not of seventeen.
        if (this.contacts === NONE) this.contacts = [note];
        else this.contacts.push(note);
      });
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
      checks: NONE,
      refused: NONE,
      expectations: NONE,
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
    const replacing = this.replacedContacts(deliveries, event.at);
    if (replacing.length > 0) deliveries.push(...replacing);
    const input: SimulationEvent = { type: 'deliver', at: event.at, deliveries };
    const checks = this.send(input);
    const refusals = this.actor.getSnapshot().context.refused;
    const refused: RefusalNote[] =
      refusals.length === 0
        ? NONE
        : refusals.map((r) => ({
            channel: r.channel,
            said: this.refusalSaid(r, before.get(r.channel)),
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
      narration: event.narrate || eventNarration('en', event, this.say),
      checks,
      refused,
      expectations: NONE,
    });
    if (event.expect.length > 0) frame.expectations = this.expectations(event, frame);
  }

  /**
   * A session cancelled at the moment it is due is that moment's session: it is taken right
   * after the event, in the same frame, and not made again, so the channel does not close and
   * reopen at one instant.
   */
  private replacedContacts(deliveries: readonly Delivery[], at: number): Delivery[] {
    const replacing = deliveries.filter(
      (d) => this.slotOf.get(d.channel)?.kind.events[d.event.type]?.replacesContact === true,
    );
    if (replacing.length === 0) return NONE;
    const due = this.contactsDueAt(at);
    const ids = [...new Set(replacing.map((d) => d.channel))].filter(
      (id) => !this.wasReplaced(id, at) && due.includes(id) && this.contactMade(id),
    );
    for (const id of ids) this.replaced.add(`${id}@${at}`);
    return checkDeliveries(this.channels, at, ids);
  }

  /** The channels whose routine contact is due at `at`, from the schedule. */
  private contactsDueAt(at: number): readonly string[] {
    if (!this.contactsDue) {
      this.contactsDue = new Map();
      for (const step of this.steps)
        if (step.kind === 'checks')
          this.contactsDue.set(step.at, [...(this.contactsDue.get(step.at) ?? []), ...step.channels]);
    }
    return this.contactsDue.get(at) ?? NONE;
  }

  private wasReplaced(id: string, at: number): boolean {
    return this.replaced.size > 0 && this.replaced.has(`${id}@${at}`);
  }

  private contactMade(id: string): boolean {
    const slot = this.slotOf.get(id);
    return slot !== undefined && slot.kind.contactsMade(slot.child.getSnapshot() as ChannelSnapshot);
  }

  private applyChecks(at: number, ids: readonly string[], stepIndex: number): void {
    // A line whose routine calls are stopped is simply not called: no frame, no error.
    const calling = ids.filter((id) => !this.wasReplaced(id, at) && this.contactMade(id));
    if (calling.length === 0) return;
    const deliveries = checkDeliveries(this.channels, at, calling);
    const input: SimulationEvent = { type: 'deliver', at, deliveries };
    const checks = this.send(input);
    // Kept as the channels called (the step's own list when all were): rebuilt for replay.
    this.record(calling.length === ids.length ? ids : calling, {
      stepIndex,
      at,
      kind: 'checks',
      event: null,
      eventIndex: null,
      narration: this.checkSentence(checks, at),
      checks,
      refused: NONE,
      expectations: NONE,
    });
  }

  /** A check frame's narration, made once for each clock time and set of outcomes. */
  private checkSentence(checks: readonly CheckNote[], at: number): string {
    const { zone } = this.scenario;
    let key = String(localTime(at, zone).minutes);
    for (const c of checks) key += `\u0000${c.channel}\u0000${c.outcome}`;
    let sentence = this.checkSentences.get(key);
    if (sentence === undefined) {
      sentence = checkNarration(checks, (id) => this.channels.get(id)?.name ?? id, at, zone);
      this.checkSentences.set(key, sentence);
    }
    return sentence;
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

  private record(input: StoredInput, partial: Omit<Frame, 'index' | 'channels'>): Frame {
    const index = this.state.frames.length;
    const frame: Frame = {
      index,
      stepIndex: partial.stepIndex,
      at: partial.at,
      kind: partial.kind,
      event: partial.event,
      eventIndex: partial.eventIndex,
      narration: partial.narration,
      channels: this.views(partial.at, this.state.frames[index - 1]),
      checks: partial.checks,
      refused: partial.refused,
      expectations: partial.expectations,
    };
    this.state.frames.push(frame);
    this.state.inputs.push(input);
    if (index % this.state.checkpointEvery === 0)
      this.state.checkpoints.set(index, JSON.stringify(this.actor.getPersistedSnapshot()));
    return frame;
  }

  /** Every channel's view; unchanged views (and the whole record) are shared with the previous frame. */
  private views(at: number, previous: Frame | undefined): Frame['channels'] {
    // The weekday is worked out once a frame, and only when some kind keeps office days.
    const weekend = this.anyStandsBy && isWeekend(at, this.scenario.zone);
    // A view not remade is the one this runner put in the previous frame.
    let changed = previous === undefined;
    for (const slot of this.slots) {
      const { spec } = slot;
      const snapshot = slot.child.getSnapshot() as ChannelSnapshot;
      // Standby follows the channel's own calendar, and only for a kind that keeps office days.
      const offDuty = weekend && slot.kind.standsBy && (spec.checks?.days ?? 'weekdays') === 'weekdays';
      // A contact emits its outcome and changes no state: the view stays the same object.
      const cached = slot.snapshot;
      const same =
        cached !== null &&
        slot.offDuty === offDuty &&
        (cached === snapshot ||
          (cached.context === snapshot.context && sameValue(cached.value, snapshot.value)));
      if (!same) {
        slot.view = slot.kind.view(spec, snapshot, this.say, offDuty);
        slot.offDuty = offDuty;
        changed = true;
      }
      slot.snapshot = snapshot;
    }
    if (!changed && previous) return previous.channels;
    const next: Record<string, ChannelView> = {};
    for (const slot of this.slots) next[slot.spec.id] = slot.view!;
    return next;
  }

  /** Sends one input and returns the contacts it made, in the order the channels made them. */
  private send(input: SimulationEvent): CheckNote[] {
    this.contacts = NONE;
    this.actor.send(input);
    return this.contacts;
  }

  private childSnapshots(deliveries: readonly Delivery[]): Map<string, ChannelSnapshot> {
    const result = new Map<string, ChannelSnapshot>();
    for (const d of deliveries) {
      const slot = this.slotOf.get(d.channel);
      if (slot) result.set(d.channel, slot.child.getSnapshot() as ChannelSnapshot);
    }
    return result;
  }

  /** Said in every language now: the snapshot it is explained from is not kept. */
  private refusalSaid(
    refusal: Delivery & { why: string },
    snapshot: ChannelSnapshot | undefined,
  ): Record<Lang, string> {
    const spec = this.channels.get(refusal.channel);
    const say = (lang: Lang) => (lang === 'en' ? this.say : describerFor(this.scenario, lang));
    return Object.fromEntries(
      LANGS.map((lang) => [lang, refusalSentence(lang, refusal, spec, snapshot, say(lang))]),
    ) as Record<Lang, string>;
  }

  private expectations(event: ScenarioEvent, frame: Frame): ExpectationResult[] {
    return event.expect.map(({ channel, status }) => {
      const actual = own(frame.channels, channel)?.status ?? 'closed';
      return { channel, expected: status, actual, ok: actual === status };
    });
  }
}
