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

/** A problem before it is given a line: where in the data, what, and optionally a hint. */
export interface PathProblem {
  path: Path;
  /** Point at the key of the last path segment rather than its value. */
  atKey?: boolean;
  message: string;
  hint?: string;
}

/** "channel "office"", "event 3", "the scenario": who owns the key at the end of `path`. */
export function describeOwner(path: Path): string {
  if (path.length === 0) return 'the scenario';
  const [head, second] = path;
  const rest = path.length > 2 ? ` (${path.slice(2).map(String).join('.')})` : '';
  if (head === 'parties' && path.length >= 2) return `party ${quote(String(second))}${rest}`;
  if (head === 'channels' && path.length >= 2) return `channel ${quote(String(second))}${rest}`;
  if (head === 'events' && path.length >= 2) return `event ${Number(second) + 1}${rest}`;
  if (head === 'questions' && path.length >= 2) return `question ${Number(second) + 1}${rest}`;
  return quote(path.map(String).join('.'));
}

const nameOf = (path: Path) => {
  const last = path[path.length - 1];
  return typeof last === 'number'
    ? `item ${last + 1} of ${quote(String(path[path.length - 2]))}`
    : quote(String(last));
};

function describeValue(input: unknown): string {
  if (input === null) return 'empty';
  if (Array.isArray(input)) return 'a list';
  if (input instanceof Uint8Array) return 'binary data';
  if (typeof input === 'string') return quote(input);
  if (typeof input === 'number') return `the number ${input}`;
  if (typeof input === 'boolean') return `${input}`;
  if (typeof input === 'object') return 'a map';
  return typeof input;
}

const EXPECTED_WORDS: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  object: 'a map of keys and values',
  record: 'a map of keys and values',
  array: 'a list',
  tuple: 'a list',
  boolean: 'true or false',
};

/** An example line for a required key that is missing. */
const MISSING_HINTS: Record<string, string> = {
  id: 'for example: id: my-scenario (lower-case letters, digits and dashes)',
  title: 'for example: title: North Korea pulls its staff from the liaison office',
  start: 'for example: start: 2019-03-21T09:00+09:00',
  parties: 'for example: parties: { south: { name: South Korea }, north: { name: North Korea } }',
  channels: 'for example: channels: { liaison: { kind: hotline, name: Liaison line } }',
  events: 'for example: events: [] (then add events to the list)',
  name: 'for example: name: Liaison line',
  at: 'for example: at: 2019-03-22T10:00+09:00',
  staff: 'for example: staff: { south: 20, north: 20 }',
  days: 'days: weekdays or days: daily',
  ask: 'the question to put to the class',
  answer: 'the answer to reveal afterwards',
};

/** What a union-typed key should hold, by its name. */
const UNION_WORDS: Record<string, string> = {
  channel: 'a channel id or a list of channel ids',
  calls: 'on or off',
};

/** The issues zod gives for a key that is absent (a discriminated union reports its parent). */
const MISSING_CODES = new Set<string>(['invalid_type', 'invalid_value', 'invalid_union']);

/** "channel "liaison" (checks) is missing "days"", at the parent, with an example when one is known. */
function missing(issue: z.core.$ZodIssue, path: Path): PathProblem {
  const key = String(path[path.length - 1]);
  const values = issue.code === 'invalid_value' ? issue.values.map(String) : [];
  const hint =
    path[0] === 'parties' && key === 'name'
      ? 'for example: name: North Korea'
      : path.includes('checks') && key === 'at'
        ? "for example: at: ['09:00', '17:00'] (local times of day, in quotes)"
        : (own(MISSING_HINTS, key) ??
          (values.length > 0
            ? `write ${values.join(' or ')}`
            : own(UNION_WORDS, key) && `write ${own(UNION_WORDS, key)}`));
  return {
    path,
    message: `${describeOwner(path.slice(0, -1))} is missing ${nameOf(path)}`,
    ...(hint ? { hint } : {}),
  };
}

function fromIssue(issue: z.core.$ZodIssue, data: unknown): PathProblem[] {
  const path = issue.path as Path;
  const input = (issue as { input?: unknown }).input;
  const owner = describeOwner(path.slice(0, -1));
  const name = nameOf(path);
  // zod reports an absent key as a value that is undefined, whatever the key should hold.
  if (input === undefined && path.length > 0 && MISSING_CODES.has(issue.code)) return [missing(issue, path)];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(path, data);
      return issue.keys.map((key) => ({
        path: [...path, key],
        atKey: true,
        message: `unknown key ${quote(key)} in ${describeOwner(path)}`,
        ...hintFor(key, allowed),
      }));
    }
    case 'invalid_type': {
      if (path.length === 0 && input === null)
        return [
          {
            path,
            message:
              'this file is empty: a scenario needs at least id, title, start, parties, channels and events',
          },
        ];
      if (path.length === 0)
        return [
          {
            path,
            message: `this is not a scenario: expected a map with id, title, start, parties, channels and events, found ${describeValue(input)}`,
          },
        ];
      const expected = isTimeKey(path)
        ? 'a date and time such as 2019-03-22T10:00+09:00'
        : (own(EXPECTED_WORDS, issue.expected) ?? issue.expected);
      if (input === null) return [{ path, message: `${name} of ${owner} has no value: write ${expected}` }];
      return [{ path, message: `${name} of ${owner} should be ${expected}, not ${describeValue(input)}` }];
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      if (path[path.length - 2] === 'expect')
        return [
          {
            path,
            message: `the expected status of ${quote(String(path[path.length - 1]))} cannot be ${describeValue(input)}: expected ${values.join(', ')}`,
            ...(typeof input === 'string' ? hintFor(input, values, false) : {}),
          },
        ];
      if (path[path.length - 1] === 'do' && typeof input === 'string')
        return [
          {
            path,
            message: `${quote(input)} is not an event liaison-sim knows`,
            hint: closest(input, values)
              ? `did you mean ${quote(closest(input, values))}?`
              : `the events are: ${values.join(', ')}`,
          },
        ];
      return [
        {
          path,
          message: `${name} of ${owner} cannot be ${describeValue(input)}: expected ${values.length === 1 ? `${quote(values[0])}` : `one of ${values.join(', ')}`}`,
          ...(typeof input === 'string' ? hintFor(input, values, false) : {}),
        },
      ];
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
              message: `${describeOwner(path.slice(0, -1))} is missing ${quote(discriminator)} (${kinds.join(' or ')})`,
            },
          ];
        return [
          {
            path,
            message: `${quote(discriminator)} of ${owner} cannot be ${describeValue(value)}: expected ${kinds.join(' or ')}`,
            ...(typeof value === 'string' ? hintFor(value, kinds, false) : {}),
          },
        ];
      }
      const words = own(UNION_WORDS, String(path[path.length - 1])) ?? 'something else';
      return [{ path, message: `${name} of ${owner} should be ${words}, not ${describeValue(input)}` }];
    }
    case 'invalid_key':
      return [
        {
          path,
          atKey: true,
          message: `${idKind(path)} ${quote(String(input))} may only use letters, digits, dashes and underscores, starting with a letter or digit`,
        },
      ];
    case 'invalid_format':
      // Times and times of day carry their own explanation (see schema.ts).
      if (isTimeKey(path) || path.includes('checks')) return [{ path, message: issue.message }];
      if (path.length === 1 && path[0] === 'id')
        return [
          {
            path,
            message: `the scenario id ${quote(String(input))} may only contain lower-case letters, digits and single dashes`,
            hint: 'for example: march-2019-withdrawal',
          },
        ];
      return [
        {
          path,
          message: `${name} of ${owner} should be an id (letters, digits, dashes and underscores, starting with a letter or digit), not ${describeValue(input)}`,
        },
      ];
    case 'too_small': {
      if (isPair(path)) return [{ path, message: `${name} of ${owner} should name exactly two parties` }];
      if (issue.origin === 'string') return [{ path, message: `${name} of ${owner} is empty` }];
      if (issue.origin === 'array')
        return [{ path, message: `${name} of ${owner} needs at least ${String(issue.minimum)} item(s)` }];
      return [
        {
          path,
          message: `${name} of ${owner} must be at least ${String(issue.minimum)}, not ${describeValue(input)}`,
        },
      ];
    }
    case 'too_big':
      if (isPair(path)) return [{ path, message: `${name} of ${owner} should name exactly two parties` }];
      return [{ path, message: `${name} of ${owner} must be at most ${String(issue.maximum)}` }];
    case 'custom':
      return [{ path, message: issue.message }];
    default:
      return [{ path, message: `${name} of ${owner}: ${issue.message}` }];
  }
}

/** Keys that hold a date and time (not the HH:MM list under checks). */
const isTimeKey = (path: Path) =>
  ['start', 'end'].includes(String(path[path.length - 1])) ||
  (path[path.length - 1] === 'at' && (path[0] === 'events' || path[0] === 'questions'));

/** "channel id", "party id": what kind of name a map key is, by where it sits. */
function idKind(path: Path): string {
  const owner = String(path[path.length - 2]);
  if (path.length === 2 && owner === 'channels') return 'the channel id';
  if (path.length === 2 && owner === 'parties') return 'the party id';
  if (owner === 'expect') return 'the channel id';
  if (owner === 'staff') return 'the party id';
  return 'the key';
}

const isPair = (path: Path) => ['sides', 'between'].includes(String(path[path.length - 1]));

function hintFor(word: string, candidates: readonly string[], listAll = true): { hint?: string } {
  const hint = didYouMean(word, candidates, 'allowed keys');
  if (!hint || (!listAll && !hint.startsWith('did'))) return {};
  return { hint };
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

export function problemsFromIssues(issues: readonly z.core.$ZodIssue[], data: unknown): PathProblem[] {
  // "missing title" beside "unknown key titel (did you mean title?)" says the same thing twice.
  const typoed = typoedKeys(issues, data);
  const isTypoed = (issue: z.core.$ZodIssue) =>
    issue.code === 'invalid_type' &&
    (issue as { input?: unknown }).input === undefined &&
    typoed.has(`${issue.path.slice(0, -1).join('.')}|${String(issue.path[issue.path.length - 1])}`);
  return issues.filter((issue) => !isTypoed(issue)).flatMap((issue) => fromIssue(issue, data));
}
