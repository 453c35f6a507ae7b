import type { ChannelEvent } from '../machines/events.js';
import type { Actor, ChannelKind, ChannelSpec, ScenarioEvent } from '../model/scenario.js';
import type { Lang } from '../words/lang.js';
import type { Describer } from './describe.js';
import { hotline } from './hotline/index.js';
import type { ChannelKindModule, KindWords } from './kind.js';
import { liaisonOffice } from './liaison-office/index.js';
import { relay } from './relay/index.js';
import { talks } from './talks/index.js';
import type { ChannelSnapshot } from './status.js';
import { COMMON } from './words.js';

/** Every kind of channel. A new kind is its folder plus one line here. */
export const KINDS = {
  hotline,
  'liaison-office': liaisonOffice,
  talks,
  relay,
} satisfies Record<ChannelKind, ChannelKindModule>;

const registered = new Map<string, ChannelKindModule>(Object.entries(KINDS) as [string, ChannelKindModule][]);
let version = 0;

/** Changes whenever a kind is registered or removed, so that what is built from kinds is rebuilt. */
export const registryVersion = (): number => version;

/** The module of a kind. */
export function kindOf(kind: string): ChannelKindModule {
  const module = registered.get(kind);
  if (!module) throw new Error(`liaison-sim has no channel kind "${kind}"`);
  return module;
}

/** Every registered kind, in registration order. */
export function allKinds(): ChannelKindModule[] {
  return [...registered.values()];
}

/**
 * Adds a kind at run time: what the registry line does for a built-in kind. For tests that
 * show a kind needs nothing but its own module; returns a function that removes it again.
 */
export function registerKind(module: ChannelKindModule): () => void {
  registered.set(module.kind, module);
  version += 1;
  return () => {
    registered.delete(module.kind);
    version += 1;
  };
}

/** The kind's words every face reads, in one language. */
export function kindWords(lang: Lang, kind: string): KindWords {
  return kindOf(kind).words[lang];
}

/** An actor in words: a party's short name, both sides, nature. */
export function actorWords(lang: Lang, actor: Actor | null, say: Describer): string {
  const c = COMMON[lang];
  if (actor === null) return c.noOne;
  if (actor === 'both') return c.both;
  if (actor === 'nature') return c.nature;
  return say.party(actor);
}

/**
 * One scripted event in plain language: "North stops answering the Liaison line", "South
 * sends 4 staff to the Joint Liaison Office". Channels of different kinds are phrased by
 * their own kinds and joined. A context event (no `do`) is its own narration.
 */
export function eventPhrase(
  lang: Lang,
  event: Pick<ScenarioEvent, 'side' | 'do' | 'channels' | 'count' | 'narrate'>,
  say: Describer,
): string {
  const c = COMMON[lang];
  const who = actorWords(lang, event.side, say);
  if (event.do === null) return event.narrate.trim() || c.context(who);
  const byKind = new Map<string, string[]>();
  for (const id of event.channels) {
    const spec = say.channel(id);
    const kind = spec?.kind ?? '';
    byKind.set(kind, [...(byKind.get(kind) ?? []), spec?.name ?? id]);
  }
  const name = event.do;
  const phrases = [...byKind].map(([kind, names]) => {
    const phrase = registered.get(kind)?.words[lang].event[name];
    const args = {
      who,
      plural: event.side === 'both',
      channel: c.list(names),
      ...(event.count === undefined ? {} : { count: event.count }),
    };
    return phrase ? phrase(args) : `${who}: ${name} (${args.channel})`;
  });
  return phrases.join('; ');
}

/** A what-if option's label: "North withdraws its staff (5)". */
export function whatIfPhrase(
  lang: Lang,
  kind: string,
  option: { do: string; side: Actor; count?: number },
  say: Describer,
): string {
  const phrase = kindOf(kind).words[lang].whatIf[option.do];
  const args = {
    who: actorWords(lang, option.side, say),
    plural: option.side === 'both',
    ...(option.count === undefined ? {} : { count: option.count }),
  };
  return phrase ? phrase(args) : `${args.who}: ${option.do}`;
}

/** Why a channel refused an event, in words a scenario author can act on. */
export function refusalWords(
  lang: Lang,
  spec: ChannelSpec,
  snapshot: ChannelSnapshot,
  event: ChannelEvent,
  say: Describer,
): string {
  const c = COMMON[lang];
  const kind = kindOf(spec.kind);
  const names = Object.keys(kind.events);
  if (!names.includes(event.type))
    return c.refusal.noSuchEvent(kind.words[lang].kind, event.type, names.join(', '));
  const byEnd = kind.events[event.type]?.by === 'end';
  if (byEnd && event.end === undefined)
    return c.refusal.notAnEnd(
      actorWords(lang, event.by, say),
      spec.name,
      c.list(spec.between.map(say.party)),
      event.type,
    );
  const who =
    event.end === undefined
      ? actorWords(lang, event.by, say)
      : say.party(spec.between[event.end === 'a' ? 0 : 1]);
  return kind.refusal(spec, snapshot, event, who, lang, say);
}
