import { describerFor, type Describer } from '../channels/describe.js';
import { refusalSentence } from '../channels/refusal.js';
import { kindOf } from '../channels/registry.js';
import type { ChannelKindModule } from '../channels/kind.js';
import type { ChannelSnapshot, ChannelView } from '../channels/status.js';
import type { ChannelActor, Delivery, SimulationEvent } from '../machines/simulationMachine.js';
import { statusOf, type ChannelSpec, type Scenario, type ScenarioEvent } from '../model/scenario.js';
import type { ContactEmitted } from '../channels/rule.js';
import { localClock, type LocalTime } from '../time/clock.js';
import { channelMap, contactDeliverer, deliveriesFor, type ContactDeliverer } from './deliveries.js';
import type { CheckNote, ExpectationResult, Frame, RefusalNote, StoredInput } from './frame.js';
import { checkNarration } from './narrate.js';
import { eventNarration } from '../words/event.js';
import { LANGS, type Lang } from '../words/lang.js';
import type { Schedule } from './schedule.js';
import { Checkpoint } from './checkpoint.js';
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
  /** Off duty at weekends: a kind that keeps office days, on a weekday calendar. */
  keepsOfficeDays: boolean;
  view: ChannelView | null;
  /** The snapshot before the event being applied, to explain a refusal from. */
  before: ChannelSnapshot | null;
  /** Sent something since its view was last looked at: only then can its snapshot differ. */
  touched: boolean;
  /** This channel's contact notes and one-contact lists by outcome, shared by every frame that has them. */
  notes: Map<string, readonly [CheckNote]>;
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

/** What it takes to restore any frame: its replay input, and a checkpoint every so many frames. */
export interface Replay {
  inputs: StoredInput[];
  checkpoints: Map<number, Checkpoint>;
  checkpointEvery: number;
}

/** What a run records for the timeline: every frame, and what it takes to restore any of them. */
export interface RunnerState {
  frames: Frame[];
  refusals: EventRefusal[];
  /** Null for a run that is only reported (run, export): none of its frames is ever restored. */
  replay: Replay | null;
}

/**
 * What a run records for a verdict (validate): the events refused, with their wording, how
 * many frames it made and when the last stands. Views, narration, replay inputs and
 * checkpoints are never made.
 */
export interface Verdict {
  refusals: EventRefusal[];
  frames: number;
  lastAt: number;
}

/** Where a runner records: a timeline, or a verdict. The rules it follows are the same. */
export type RunRecord = RunnerState | Verdict;

const keepsTimeline = (record: RunRecord): record is RunnerState => 'replay' in record;

/**
 * Drives a started simulation actor through steps and records a frame for each. Shared by
 * the historical run and by what-if branches, so both follow exactly the same rules.
 */
export class Runner {
  private readonly channels: ReadonlyMap<string, ChannelSpec>;
  private readonly say: Describer;
  private readonly contactDeliveries: ContactDeliverer;
  /** Every channel in the scenario's order, with its child actor and its last view. */
  private readonly slots: ChannelSlot[];
  private readonly slotOf = new Map<string, ChannelSlot>();
  /** Whether any channel keeps office days, so that a frame needs to know the weekday. */
  private readonly anyStandsBy: boolean;
  /**
   * The narration of check frames by clock time, then by contacts: a daily call says the same
   * each day. A frame of one contact has its channel's shared list, looked up as it is; a
   * frame of several is looked up by its channels and outcomes.
   */
  private readonly checkSentences = new Map<number, Map<readonly CheckNote[] | string, string>>();
  /** The contacts made since the last send (a shared list of one until a second is made). */
  private contacts: readonly CheckNote[] = NONE;
  /** Whether `contacts` is this send's own list (not a shared one), so that it may grow. */
  private ownContacts = false;
  /** The timeline being recorded; null for a verdict. */
  private readonly timeline: RunnerState | null;
  /** The verdict being recorded; null for a timeline. */
  private readonly verdict: Verdict | null;
  /** The local time last worked out, and the instant it is for. */
  private local: Pick<LocalTime, 'weekday' | 'minutes'> | null = null;
  private localFor = Number.NaN;
  /** The channels sent something since the views were last looked at. */
  private readonly touchedSlots: ChannelSlot[] = [];
  /** Whether the last views were made for a weekend; null before the first. */
  private lastWeekend: boolean | null = null;
  /** Contacts already taken by an event that replaced them (`channel@at`): not made again. */
  private readonly replaced = new Set<string>();

  constructor(
    private readonly scenario: Scenario,
    private readonly schedule: Schedule,
    private readonly actor: SimulationActor,
    private readonly state: RunRecord,
  ) {
    this.timeline = keepsTimeline(state) ? state : null;
    this.verdict = keepsTimeline(state) ? null : state;
    this.channels = channelMap(scenario);
    this.contactDeliveries = contactDeliverer(this.channels);
    this.say = describerFor(scenario);
    // The root spawns its children once and never replaces them, so their refs are kept here.
    const children = actor.getSnapshot().context.channels;
    this.slots = scenario.channels.map((spec) => {
      const kind = kindOf(spec.kind);
      return {
        spec,
        kind,
        child: children[spec.id]!,
        snapshot: null,
        offDuty: false,
        keepsOfficeDays: kind.standsBy && (spec.checks?.days ?? 'weekdays') === 'weekdays',
        view: null,
        before: null,
        touched: false,
        notes: new Map(),
      };
    });
    for (const slot of this.slots) this.slotOf.set(slot.spec.id, slot);
    this.anyStandsBy = this.slots.some((slot) => slot.kind.standsBy);
    // A contact's outcome is what the channel emits while taking it: recorded once, on the frame.
    for (const [id, child] of Object.entries(children)) {
      const slot = this.slotOf.get(id);
      child.on('contact', (emitted: ContactEmitted) => {
        const one = slot ? this.noteOf(slot, emitted.outcome) : [{ channel: id, outcome: emitted.outcome }];
        // Most frames record one contact: its shared list of one; a second makes a list of its own.
        if (this.contacts === NONE) this.contacts = one;
        else if (this.ownContacts) (this.contacts as CheckNote[]).push(one[0]);
        else {
          this.contacts = [...this.contacts, one[0]];
          this.ownContacts = true;
        }
      });
    }
  }

  /** A contact note as a list of one, made once per channel and outcome (frames never change them). */
  private noteOf(slot: ChannelSlot, outcome: string): readonly [CheckNote] {
    let one = slot.notes.get(outcome);
    if (one === undefined) {
      one = Object.freeze([Object.freeze({ channel: slot.spec.id, outcome })]) as readonly [CheckNote];
      slot.notes.set(outcome, one);
    }
    return one;
  }

  /** The frame of the initial state. */
  recordStart(): void {
    const timeline = this.timeline;
    if (!timeline) return this.recordTime(this.scenario.start);
    this.record(timeline, null, {
      index: timeline.frames.length,
      stepIndex: -1,
      at: this.scenario.start,
      kind: 'start',
      event: null,
      eventIndex: null,
      narration: this.scenario.summary?.trim() || 'The scenario begins.',
      channels: this.views(this.scenario.start, timeline),
      checks: NONE,
      refused: NONE,
      expectations: NONE,
    });
  }

  /**
   * Applies schedule steps `fromStep` up to (not including) `toStep`, or to the end, recording
   * their frames; returns the index after the last step applied.
   */
  runSteps(fromStep: number, toStep = Number.POSITIVE_INFINITY): number {
    for (let i = fromStep; i < toStep; i++) {
      const step = this.schedule.at(i);
      if (step === undefined) return i;
      if (step.kind === 'event') this.applyEvent(step.event, i, step.eventIndex, 'event');
      else this.applyChecks(step.at, step.channels, i);
    }
    return toStep;
  }

  /** Sends a scripted (or what-if) event and records its frame. */
  applyEvent(
    event: ScenarioEvent,
    stepIndex: number,
    eventIndex: number | null,
    kind: 'event' | 'what-if',
  ): void {
    const deliveries = deliveriesFor(this.channels, event);
    // A refusal is explained from the channel as it stood before the event.
    for (const d of deliveries) {
      const slot = this.slotOf.get(d.channel);
      if (slot) slot.before = slot.child.getSnapshot() as ChannelSnapshot;
    }
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
            said: this.refusalSaid(r, this.slotOf.get(r.channel)?.before ?? undefined),
          }));
    for (const d of deliveries) {
      const slot = this.slotOf.get(d.channel);
      if (slot) slot.before = null;
    }
    const frameIndex = this.timeline ? this.timeline.frames.length : this.verdict!.frames;
    if (eventIndex !== null)
      for (const r of refused) this.state.refusals.push({ eventIndex, frameIndex, ...r });
    const timeline = this.timeline;
    if (!timeline) return this.recordTime(event.at);
    const frame = this.record(timeline, input, {
      index: frameIndex,
      stepIndex,
      at: event.at,
      kind,
      event,
      eventIndex,
      narration: event.narrate || eventNarration('en', event, this.say),
      channels: this.views(event.at, timeline),
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
    // Asked of every event, and almost never true: no list is made until one is.
    let replacing: Delivery[] | null = null;
    for (const d of deliveries)
      if (this.slotOf.get(d.channel)?.kind.events[d.event.type]?.replacesContact === true)
        (replacing ??= []).push(d);
    if (replacing === null) return NONE;
    const due = this.schedule.checksAt(at);
    const ids = [...new Set(replacing.map((d) => d.channel))].filter(
      (id) => !this.wasReplaced(id, at) && due.includes(id) && this.contactMade(id),
    );
    for (const id of ids) this.replaced.add(`${id}@${at}`);
    return this.contactDeliveries(at, ids);
  }

  private wasReplaced(id: string, at: number): boolean {
    return this.replaced.size > 0 && this.replaced.has(`${id}@${at}`);
  }

  private contactMade(id: string): boolean {
    const slot = this.slotOf.get(id);
    return slot !== undefined && slot.kind.contactsMade(slot.child.getSnapshot() as ChannelSnapshot);
  }

  private applyChecks(at: number, ids: readonly string[], stepIndex: number): void {
    const calling = this.calledOf(ids, at);
    if (calling.length === 0) return;
    const deliveries = this.contactDeliveries(at, calling);
    const input: SimulationEvent = { type: 'deliver', at, deliveries };
    const checks = this.send(input);
    const timeline = this.timeline;
    if (!timeline) return this.recordTime(at);
    // Kept as the channels called (the step's own list when all were): rebuilt for replay.
    this.record(timeline, calling, {
      index: timeline.frames.length,
      stepIndex,
      at,
      kind: 'checks',
      event: null,
      eventIndex: null,
      narration: this.checkSentence(checks, at),
      channels: this.views(at, timeline),
      checks,
      refused: NONE,
      expectations: NONE,
    });
  }

  /**
   * The channels whose routine contact due at `at` is made: the step's own list when all are
   * (most often), so that no list is made. A line whose routine calls are stopped is simply
   * not called: no frame, no error.
   */
  private calledOf(ids: readonly string[], at: number): readonly string[] {
    for (let i = 0; i < ids.length; i++)
      if (!this.callsAt(ids[i]!, at)) {
        const called = ids.slice(0, i);
        for (let j = i + 1; j < ids.length; j++) if (this.callsAt(ids[j]!, at)) called.push(ids[j]!);
        return called;
      }
    return ids;
  }

  /** Whether the routine contact of `id` due at `at` is made. */
  private callsAt(id: string, at: number): boolean {
    return !this.wasReplaced(id, at) && this.contactMade(id);
  }

  /** The local time of `at`: worked out once for a frame's views and its narration. */
  private localAt(at: number): Pick<LocalTime, 'weekday' | 'minutes'> {
    if (this.localFor !== at || this.local === null) {
      this.local = localClock(at, this.scenario.zone);
      this.localFor = at;
    }
    return this.local;
  }

  /** A check frame's narration, made once for each clock time and set of outcomes. */
  private checkSentence(checks: readonly CheckNote[], at: number): string {
    const { zone } = this.scenario;
    const { minutes } = this.localAt(at);
    let sentences = this.checkSentences.get(minutes);
    if (sentences === undefined) this.checkSentences.set(minutes, (sentences = new Map()));
    let key: readonly CheckNote[] | string = checks;
    if (this.ownContacts) {
      key = '';
      for (const c of checks) key += `\u0000${c.channel}\u0000${c.outcome}`;
    }
    let sentence = sentences.get(key);
    if (sentence === undefined) {
      sentence = checkNarration(checks, (id) => this.channels.get(id)?.name ?? id, at, zone);
      sentences.set(key, sentence);
    }
    return sentence;
  }

  /** The timeline recorded (a verdict's record is read where it was made). */
  finish(origin: BranchOrigin | null = null): Timeline {
    if (!this.timeline) throw new Error('a verdict run records no timeline');
    const { frames, refusals, replay } = this.timeline;
    return new Timeline(this.scenario, this.schedule, frames, refusals, replay, origin);
  }

  /** Keeps a frame of the timeline and, when it keeps a replay, its input and a checkpoint every so many frames. */
  private record(timeline: RunnerState, input: StoredInput, frame: Frame): Frame {
    const { index } = frame;
    timeline.frames.push(frame);
    const { replay } = timeline;
    if (replay === null) return frame;
    replay.inputs.push(input);
    // Kept as XState's own snapshots, persisted when restored: they share the machines'
    // contexts (never changed in place, each assign makes new ones), so it costs little.
    if (index % replay.checkpointEvery === 0) replay.checkpoints.set(index, Checkpoint.of(this.actor));
    return frame;
  }

  /** A verdict keeps only how many frames there are and when the last stands. */
  private recordTime(at: number): void {
    const verdict = this.verdict;
    if (!verdict) return;
    verdict.frames++;
    verdict.lastAt = at;
  }

  /** Every channel's view; unchanged views (and the whole record) are shared with the previous frame. */
  private views(at: number, timeline: RunnerState): Frame['channels'] {
    const previous = timeline.frames.at(-1);
    // The weekday is worked out once a frame, and only when some kind keeps office days.
    const weekday = this.anyStandsBy ? this.localAt(at).weekday : -1;
    const weekend = weekday === 0 || weekday === 6;
    // A view not remade is the one this runner put in the previous frame.
    let changed = previous === undefined;
    // Only a channel sent something can have a new snapshot; every channel is looked at
    // first, and when the day turns to or from a weekend (standby follows the calendar).
    const looked = this.lastWeekend === weekend ? this.touchedSlots : this.slots;
    this.lastWeekend = weekend;
    for (const slot of looked) {
      const offDuty = weekend && slot.keepsOfficeDays;
      const cached = slot.snapshot;
      if (cached !== null && !slot.touched && slot.offDuty === offDuty) continue;
      slot.touched = false;
      const snapshot = slot.child.getSnapshot() as ChannelSnapshot;
      // A contact emits its outcome and changes no state: the view stays the same object.
      const same =
        cached !== null &&
        slot.offDuty === offDuty &&
        (cached === snapshot ||
          (cached.context === snapshot.context && sameValue(cached.value, snapshot.value)));
      if (!same) {
        slot.view = slot.kind.view(slot.spec, snapshot, this.say, offDuty);
        slot.offDuty = offDuty;
        changed = true;
      }
      slot.snapshot = snapshot;
    }
    this.touchedSlots.length = 0;
    if (!changed && previous) return previous.channels;
    const next: Record<string, ChannelView> = {};
    for (const slot of this.slots) next[slot.spec.id] = slot.view!;
    return next;
  }

  /** Sends one input and returns the contacts it made, in the order the channels made them. */
  private send(input: SimulationEvent): readonly CheckNote[] {
    this.contacts = NONE;
    this.ownContacts = false;
    for (const d of input.deliveries) {
      const slot = this.slotOf.get(d.channel);
      if (slot && !slot.touched) {
        slot.touched = true;
        this.touchedSlots.push(slot);
      }
    }
    this.actor.send(input);
    return this.contacts;
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
      const actual = statusOf(own(frame.channels, channel));
      return { channel, expected: status, actual, ok: actual === status };
    });
  }
}
