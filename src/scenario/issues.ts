/**
 * Turns zod's schema issues into problems a scenario author can read: which key, what was
 * wrong with it, and a did-you-mean when the mistake looks like a typo.
 */
import type * as z from 'zod';
import type { Path } from './locate.js';
import { allowedKeys } from './schema.js';
import { closest, didYouMean } from './suggest.js';
import { quote } from '../text/sanitize.js';
import { own } from '../model/own.js';
import type { ProblemWords } from '../words/problems-en.js';
import { timeProblem } from './fields.js';

/** A problem before it is given a line: where in the data, what, and optionally a hint. */
export interface PathProblem {
  path: Path;
  /** Point at the key of the last path segment rather than its value. */
  atKey?: boolean;
  message: string;
  hint?: string;
}

/** "channel "office"", "event 3", "the scenario": who owns the key at the end of `path`. */
export function describeOwner(path: Path, w: ProblemWords): string {
  if (path.length === 0) return w.owner.scenario;
  const [head, second] = path;
  const owner =
    head === 'parties'
      ? w.owner.party(quote(String(second)))
      : head === 'channels'
        ? w.owner.channel(quote(String(second)))
        : head === 'events'
          ? w.owner.event(Number(second) + 1)
          : head === 'questions'
            ? w.owner.question(Number(second) + 1)
            : head === 'checkpoints'
              ? w.owner.checkpoint(Number(second) + 1)
              : null;
  if (owner === null || path.length < 2) return quote(path.map(String).join('.'));
  return path.length > 2 ? w.owner.within(owner, path.slice(2).map(String).join('.')) : owner;
}

const nameOf = (path: Path, w: ProblemWords) => {
  const last = path[path.length - 1];
  return typeof last === 'number'
    ? w.item(last + 1, quote(String(path[path.length - 2])))
    : quote(String(last));
};

function describeValue(input: unknown, w: ProblemWords): string {
  if (input === null) return w.value.empty;
  if (Array.isArray(input)) return w.value.list;
  if (input instanceof Uint8Array) return w.value.binary;
  if (typeof input === 'string') return quote(input);
  if (typeof input === 'number') return w.value.number(input);
  if (typeof input === 'boolean') return `${input}`;
  if (typeof input === 'object') return w.value.map;
  return typeof input;
}

/** The issues zod gives for a key that is absent (a discriminated union reports its parent). */
const MISSING_CODES = new Set<string>(['invalid_type', 'invalid_value', 'invalid_union']);

/** "channel "liaison" (checks) is missing "days"", at the parent, with an example when one is known. */
function missing(issue: z.core.$ZodIssue, path: Path, w: ProblemWords): PathProblem {
  const key = String(path[path.length - 1]);
  const values = issue.code === 'invalid_value' ? issue.values.map(String) : [];
  const union = own(w.unions, key);
  const hint =
    path[0] === 'parties' && key === 'name'
      ? w.partyNameHint
      : path.includes('checks') && key === 'at'
        ? w.checkTimesHint
        : (own(w.missingHints, key) ?? (values.length > 0 ? w.write(w.or(values)) : union && w.write(union)));
  return {
    path,
    message: w.missing(describeOwner(path.slice(0, -1), w), nameOf(path, w)),
    ...(hint ? { hint } : {}),
  };
}

function fromIssue(issue: z.core.$ZodIssue, data: unknown, w: ProblemWords): PathProblem[] {
  const path = issue.path as Path;
  const input = (issue as { input?: unknown }).input;
  const owner = describeOwner(path.slice(0, -1), w);
  const name = nameOf(path, w);
  const found = describeValue(input, w);
  // zod reports an absent key as a value that is undefined, whatever the key should hold.
  if (input === undefined && path.length > 0 && MISSING_CODES.has(issue.code))
    return [missing(issue, path, w)];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(path, data);
      return issue.keys.map((key) => ({
        path: [...path, key],
        atKey: true,
        message: w.unknownKey(quote(key), describeOwner(path, w)),
        ...hintFor(key, allowed, w),
      }));
    }
    case 'invalid_type': {
      if (path.length === 0 && input === null) return [{ path, message: w.emptyFile }];
      if (path.length === 0) return [{ path, message: w.notAScenario(found) }];
      const expected = isTimeKey(path) ? w.dateTime : (own(w.types, issue.expected) ?? issue.expected);
      if (input === null) return [{ path, message: w.noValue(name, owner, expected) }];
      return [{ path, message: w.shouldBe(name, owner, expected, found) }];
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      const typo = typeof input === 'string' ? hintFor(input, values, w, false) : {};
      if (path[path.length - 2] === 'expect')
        return [
          {
            path,
            message: w.expectedStatus(quote(String(path[path.length - 1])), found, values),
            ...typo,
          },
        ];
      if (path[path.length - 1] === 'do' && typeof input === 'string') {
        const meant = closest(input, values);
        return [
          {
            path,
            message: w.unknownEvent(quote(input)),
            hint: meant ? w.didYouMean(quote(meant)) : w.choices(w.candidates.events, values),
          },
        ];
      }
      const expected = values.length === 1 ? quote(values[0]) : w.oneOf(values);
      return [{ path, message: w.cannotBe(name, owner, found, expected), ...typo }];
    }
    case 'invalid_union': {
      const { discriminator, options } = issue as { discriminator?: string; options?: unknown[] };
      if (discriminator !== undefined && options) {
        const kinds = options.map(String);
        const value = (input as Record<string, unknown> | undefined)?.[discriminator];
        if (value === undefined)
          return [
            {
              path: path.slice(0, -1),
              message: w.missingOf(describeOwner(path.slice(0, -1), w), quote(discriminator), kinds),
            },
          ];
        return [
          {
            path,
            message: w.cannotBe(quote(discriminator), owner, describeValue(value, w), w.or(kinds)),
            ...(typeof value === 'string' ? hintFor(value, kinds, w, false) : {}),
          },
        ];
      }
      const words = own(w.unions, String(path[path.length - 1])) ?? w.somethingElse;
      return [{ path, message: w.shouldBe(name, owner, words, found) }];
    }
    case 'invalid_key':
      return [{ path, atKey: true, message: w.badKey(idKind(path, w), quote(String(input))) }];
    case 'invalid_format':
      // Times and times of day are explained from what was written (see fields.ts).
      if (isTimeKey(path)) return [{ path, message: timeProblem(String(input), w) ?? issue.message }];
      if (path.includes('checks')) return [{ path, message: w.notATimeOfDay(quote(String(input))) }];
      if (path.length === 1 && path[0] === 'id')
        return [{ path, message: w.badScenarioId(quote(String(input))), hint: w.scenarioIdExample }];
      return [{ path, message: w.shouldBe(name, owner, w.anId, found) }];
    case 'too_small': {
      if (isPair(path)) return [{ path, message: w.twoParties(name, owner) }];
      if (issue.origin === 'string') return [{ path, message: w.isEmpty(name, owner) }];
      if (issue.origin === 'array')
        return [{ path, message: w.atLeastItems(name, owner, String(issue.minimum)) }];
      return [{ path, message: w.atLeast(name, owner, String(issue.minimum), found) }];
    }
    case 'too_big':
      if (isPair(path)) return [{ path, message: w.twoParties(name, owner) }];
      return [{ path, message: w.atMost(name, owner, String(issue.maximum)) }];
    case 'custom':
      // A time that has the shape but is no real date (fields.ts): phrased from what was written.
      if (issue.params?.['time'] === true && typeof input === 'string')
        return [{ path, message: timeProblem(input, w) ?? issue.message }];
      return [{ path, message: issue.message }];
    default:
      return [{ path, message: w.other(name, owner, issue.message) }];
  }
}

/** The lists whose entries happen at a time (`at:`); fileTimes reads the same ones. */
const TIMED_LISTS = new Set(['events', 'questions', 'checkpoints']);

/** Keys that hold a date and time (not the HH:MM list under checks). */
const isTimeKey = (path: Path) =>
  ['start', 'end'].includes(String(path[path.length - 1])) ||
  (path[path.length - 1] === 'at' && TIMED_LISTS.has(String(path[0])));

/** "channel id", "party id": what kind of name a map key is, by where it sits. */
function idKind(path: Path, w: ProblemWords): string {
  const owner = String(path[path.length - 2]);
  if (path.length === 2 && owner === 'channels') return w.idKind.channel;
  if (path.length === 2 && owner === 'parties') return w.idKind.party;
  if (owner === 'expect') return w.idKind.channel;
  if (owner === 'staff') return w.idKind.party;
  return w.idKind.key;
}

const isPair = (path: Path) => ['sides', 'between'].includes(String(path[path.length - 1]));

/** A did-you-mean for a typo; with `listAll`, the allowed keys when none is close. */
function hintFor(
  word: string,
  candidates: readonly string[],
  w: ProblemWords,
  listAll = true,
): { hint?: string } {
  if (!listAll && closest(word, candidates) === null) return {};
  const hint = didYouMean(word, candidates, w, w.candidates.allowedKeys);
  return hint ? { hint } : {};
}

/** "parent path|key" of each required key that an unknown key next to it looks like a typo of. */
function typoedKeys(issues: readonly z.core.$ZodIssue[], data: unknown): Set<string> {
  const typoed = new Set<string>();
  for (const issue of issues)
    if (issue.code === 'unrecognized_keys')
      for (const key of issue.keys) {
        const meant = closest(key, allowedKeys(issue.path as Path, data));
        if (meant !== null) typoed.add(`${issue.path.join('.')}|${meant}`);
      }
  return typoed;
}

export function problemsFromIssues(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  w: ProblemWords,
): PathProblem[] {
  // "missing title" beside "unknown key titel (did you mean title?)" says the same thing twice.
  const typoed = typoedKeys(issues, data);
  const isTypoed = (issue: z.core.$ZodIssue) =>
    issue.code === 'invalid_type' &&
    (issue as { input?: unknown }).input === undefined &&
    typoed.has(`${issue.path.slice(0, -1).join('.')}|${String(issue.path[issue.path.length - 1])}`);
  return issues.filter((issue) => !isTypoed(issue)).flatMap((issue) => fromIssue(issue, data, w));
}
