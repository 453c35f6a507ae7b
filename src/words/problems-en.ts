/**
 * What is wrong with a scenario file, in English: every message and hint `validate` (and a
 * command opening a broken file) prints after "file:line:col: ". Names, ids, keys and values
 * the file wrote arrive already quoted; lists arrive as lists.
 */
import type { Table } from './table.js';

const or = (values: readonly string[]) => values.join(' or ');
const missing = (owner: string, name: string) => `${owner} is missing ${name}`;
const of = (name: string, owner: string) => `${name} of ${owner}`;
const notDeclared = (what: string, id: string) => `${what} names ${id}, which is not a declared party`;
const ofChannel = (channel: string, ends: readonly string[]) =>
  `either end of channel ${channel} (${ends.join(' and ')})`;
const notAtEnd = (party: string, channel: string, ends: readonly string[]) =>
  `${party} is not at ${ofChannel(channel, ends)}`;
const givenFor = (what: string, party: string, channel: string, ends: readonly string[]) =>
  `${what} is given for ${party}, who is not at ${ofChannel(channel, ends)}`;
const outside = (what: string, from: string, to: string) =>
  `${what} is outside the scenario (${from} to ${to})`;
const handles = (first: string, last: string) => `liaison-sim handles times from ${first} to ${last}`;
const onlyCounted = '"count" is only for send-staff and reduce-staff';
const tagRefused = (tag: string) => `the YAML tag ${tag} is not allowed: a scenario holds plain data only`;

export const problems = {
  /** Who owns a key: "party "north"", "event 3 (expect)", "the scenario". */
  owner: {
    scenario: 'the scenario',
    party: (id: string) => `party ${id}`,
    channel: (id: string) => `channel ${id}`,
    event: (n: number) => `event ${n}`,
    question: (n: number) => `question ${n}`,
    checkpoint: (n: number) => `checkpoint ${n}`,
    /** The keys below the entry: "event 3 (expect.office)". */
    within: (owner: string, keys: string) => `${owner} (${keys})`,
  },
  /** "item 2 of "channel"": a list's item, for a key that names it. */
  item: (n: number, list: string) => `item ${n} of ${list}`,
  /** What the file wrote, in the messages' "not …". */
  value: {
    empty: 'empty',
    list: 'a list',
    binary: 'binary data',
    map: 'a map',
    number: (n: number) => `the number ${n}`,
  },
  /** What a key should hold, by the schema's name for its type. */
  types: {
    string: 'a text',
    number: 'a number',
    int: 'a whole number',
    object: 'a map of keys and values',
    record: 'a map of keys and values',
    array: 'a list',
    tuple: 'a list',
    boolean: 'true or false',
  },
  /** What a union-typed key holds, by its name. */
  unions: {
    channel: 'a channel id or a list of channel ids',
    calls: 'on or off',
  },
  dateTime: 'a date and time such as 2019-03-22T10:00+09:00',
  anId: 'an id (letters, digits, dashes and underscores, starting with a letter or digit)',
  somethingElse: 'something else',
  /** An example line for a required key that is missing, by its name. */
  missingHints: {
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
  },
  partyNameHint: 'for example: name: North Korea',
  checkTimesHint: "for example: at: ['09:00', '17:00'] (local times of day, in quotes)",
  write: (what: string) => `write ${what}`,
  or,
  oneOf: (values: readonly string[]) => `one of ${values.join(', ')}`,
  /** Hints for a word that looks like a typo, or the choices when none is close. */
  didYouMean: (match: string) => `did you mean ${match}?`,
  choices: (what: string, list: readonly string[]) => `the ${what} are: ${list.join(', ')}`,
  /** The `what` of `choices`. */
  candidates: {
    choices: 'choices',
    allowedKeys: 'allowed keys',
    declaredChannels: 'declared channels',
    declaredParties: 'declared parties',
    channelEnds: 'ends of this channel',
    possibleSides: 'possible sides',
    events: 'events',
  },

  /** The shape of the file (the schema). */
  missing,
  missingOf: (owner: string, name: string, kinds: readonly string[]) =>
    `${missing(owner, name)} (${or(kinds)})`,
  unknownKey: (key: string, owner: string) => `unknown key ${key} in ${owner}`,
  emptyFile: 'this file is empty: a scenario needs at least id, title, start, parties, channels and events',
  notAScenario: (found: string) =>
    `this is not a scenario: expected a map with id, title, start, parties, channels and events, found ${found}`,
  noValue: (name: string, owner: string, expected: string) =>
    `${of(name, owner)} has no value: write ${expected}`,
  shouldBe: (name: string, owner: string, expected: string, found: string) =>
    `${of(name, owner)} should be ${expected}, not ${found}`,
  cannotBe: (name: string, owner: string, found: string, expected: string) =>
    `${of(name, owner)} cannot be ${found}: expected ${expected}`,
  expectedStatus: (channel: string, found: string, statuses: readonly string[]) =>
    `the expected status of ${channel} cannot be ${found}: expected ${statuses.join(', ')}`,
  unknownEvent: (event: string) => `${event} is not an event liaison-sim knows`,
  /** What kind of name a map key is, by where it sits. */
  idKind: {
    channel: 'the channel id',
    party: 'the party id',
    key: 'the key',
  },
  badKey: (kind: string, key: string) =>
    `${kind} ${key} may only use letters, digits, dashes and underscores, starting with a letter or digit`,
  badScenarioId: (id: string) =>
    `the scenario id ${id} may only contain lower-case letters, digits and single dashes`,
  scenarioIdExample: 'for example: march-2019-withdrawal',
  twoParties: (name: string, owner: string) => `${of(name, owner)} should name exactly two parties`,
  isEmpty: (name: string, owner: string) => `${of(name, owner)} is empty`,
  atLeastItems: (name: string, owner: string, min: string) =>
    `${of(name, owner)} needs at least ${min} item(s)`,
  atLeast: (name: string, owner: string, min: string, found: string) =>
    `${of(name, owner)} must be at least ${min}, not ${found}`,
  atMost: (name: string, owner: string, max: string) => `${of(name, owner)} must be at most ${max}`,
  /** Any other schema complaint, in the schema library's own words. */
  other: (name: string, owner: string, message: string) => `${of(name, owner)}: ${message}`,

  /** Times as written. */
  notRealDate: (time: string, first: string, last: string) =>
    `the time ${time} is not a real date: ${handles(first, last)}`,
  needsTimeOfDay: (date: string, text: string) =>
    `the date ${date} needs a time of day: write e.g. "${text}T09:00" followed by the file's UTC offset`,
  notRealDateTime: (time: string) =>
    `the time ${time} is not a real date and time (e.g. 2019-03-22T10:00+09:00)`,
  notATime: (text: string) => `${text} is not a time: write it as ISO 8601, e.g. 2019-03-22T10:00+09:00`,
  notATimeOfDay: (text: string) => `${text} is not a time of day: write it as HH:MM, e.g. "09:00"`,
  unknownZone: (zone: string) => `zone ${zone} is not a time zone liaison-sim knows`,
  zoneHint: 'name an IANA time zone (zone: Asia/Seoul, America/New_York) or give a label such as KST',
  noOffset: (time: string) => `the time ${time} has no UTC offset`,
  addOffset: (withOffset: string) =>
    `add the file's own, "${withOffset}" (or "Z" for UTC), or name a time zone such as zone: Asia/Seoul to read times without one there`,
  yearOutOfRange: (time: string, year: number, zone: string, first: string, last: string) =>
    `the time ${time} falls in the year ${year} in the file's zone (${zone}); ${handles(first, last)}`,
  /** Warnings: the file loads. */
  offsetUnlikeZone: (time: string, offset: string, zone: string, zoneOffset: string) =>
    `the time ${time} has the offset ${offset}, but ${zone} is at ${zoneOffset} then`,
  offsetUnlikeFile: (time: string, offset: string, fileOffset: string) =>
    `the time ${time} has the offset ${offset}, unlike the rest of the file (${fileOffset})`,
  offsetHint: 'the time counts as written; check that the offset is not a slip',
  /** A local time in the hour the clocks skip when daylight saving begins. */
  localTimeSkipped: (time: string, zone: string, readAs: string) =>
    `the local time ${time} does not exist in ${zone}: the clocks skip it that night, so it is read as ${readAs}`,
  skippedHint: 'write a time that exists, or give the offset the event really had (e.g. +01:00)',
  /** A local time in the hour the clocks show twice when daylight saving ends. */
  localTimeRepeated: (time: string, zone: string, firstOffset: string) =>
    `the local time ${time} happens twice in ${zone}: the clocks go back that night, so it is read as the first, at ${firstOffset}`,
  repeatedHint: (first: string, second: string) =>
    `write ${second} for the second, or ${first} to keep the first`,

  /** Names, counts and time order (the checks after the schema). */
  outsideCheckpoint: (n: number, at: string, from: string, to: string) =>
    outside(`checkpoint ${n} (${at})`, from, to),
  outsideQuestion: (n: number, at: string, from: string, to: string) =>
    outside(`question ${n} (${at})`, from, to),
  undeclaredChannel: (key: string, channel: string) =>
    `${key} names channel ${channel}, which is not declared`,
  reservedParty: (id: string, raw: string) =>
    `${id} cannot be a party id: it is reserved for events (side: ${raw})`,
  tooFewParties: (n: number) => `a scenario needs at least two parties; this one declares ${n}`,
  tooManyParties: (max: number, n: number) =>
    `a scenario may declare at most ${max} parties; this one declares ${n}`,
  fewParties: 'the board and the analysis are made for a few parties: the two sides and some intermediaries',
  tooManyChannels: (max: number, n: number) =>
    `a scenario may declare at most ${max} channels; this one declares ${n}`,
  undeclaredParty: notDeclared,
  sameTwice: (key: string, id: string) => `${key} names ${id} twice: it needs two different parties`,
  endsBeforeStart: (end: string, start: string) => `the scenario ends (${end}) before it starts (${start})`,
  tooManyCalls: (from: string, to: string, calls: number, max: number) =>
    `from ${from} to ${to} the channels would make up to ${calls} routine check calls; liaison-sim simulates at most ${max}`,
  fewerCalls: 'shorten the period, or give fewer channels a checks: calendar',
  checkTimeTwice: (time: string) => `the check time ${time} is listed twice`,
  sinceAfterStart: (channel: string, since: string, start: string) =>
    `initial.since of channel ${channel} (${since}) is after the scenario starts (${start})`,
  sinceHint:
    'since says when the starting state began, so it comes at or before start; leave it out to date the state from start',
  /** What a party not at a channel's ends cannot be at the start, by the `initial` key. */
  cannotStart: {
    silent: 'be silent on it',
    boycotting: 'boycott it',
    unused: 'leave it unused',
  },
  notAtEndCannot: (party: string, channel: string, ends: readonly string[], what: string) =>
    `${notAtEnd(party, channel, ends)}, so cannot ${what}`,
  viaIsAnEnd: (party: string, channel: string) =>
    `${party} is an end of channel ${channel}: the relaying party must be a third party`,
  /** Staff numbers at a staffed channel. */
  staffNotAtEnd: (party: string, channel: string, ends: readonly string[]) =>
    givenFor('a staff number', party, channel, ends),
  headCountNotAtEnd: (party: string, channel: string, ends: readonly string[]) =>
    givenFor('a starting head count', party, channel, ends),
  noStaffNumber: (channel: string, party: string) =>
    `"staff" of channel ${channel} gives no number for ${party} (its full complement)`,
  addStaff: (party: string) => `add ${party}: 20 (or the real number) under staff`,
  noStaff: (party: string, channel: string) =>
    `the full complement of ${party} at channel ${channel} must be at least 1`,
  overStaffed: (party: string, count: number, full: number) =>
    `${party} starts with ${count} staff, more than its full complement of ${full}`,
  /** An event's time against its neighbours and the period. */
  eventWhen: (n: number, at: string) => `event ${n} (${at})`,
  outOfOrder: (event: string, previous: string) =>
    `${event} is earlier than the event before it (${previous}): events must be in time order`,
  beforeStart: (event: string, start: string) => `${event} is before the scenario starts (${start})`,
  afterEnd: (event: string, end: string) => `${event} is after the scenario ends (${end})`,
  /** An event's side, channels and action. */
  sideNotDeclared: (side: string, actors: readonly string[]) =>
    `${side} is not a declared party: "side" must be one of ${actors.join(', ')}`,
  noSuchChannel: (channel: string) => `there is no channel ${channel}`,
  channelTwice: (channel: string) => `channel ${channel} is listed twice`,
  nothingToDo: (n: number) => `event ${n} names a channel but says nothing to "do" there`,
  countOnly: onlyCounted,
  countNotFor: (event: string) => `${onlyCounted}, not ${event}`,
  needsChannel: (event: string) => `${event} needs a "channel" to act on`,
  addChannel: (channel: string) => `add: channel: ${channel}`,
  missingSide: (n: number, event: string) => `event ${n} is missing "side": who does ${event}?`,
  addSide: (actors: readonly string[]) => `add side: with one of ${actors.join(', ')}`,
  notNature: (event: string) =>
    `${event} is done by one side's own staff or phone, so "side" cannot be nature`,
  nameTheParty: 'name the party (or both)',
  reduceNeedsCount: '"reduce-staff" needs a "count": how many staff remain',
  kindHasNoEvent: (channel: string, kind: string, event: string) =>
    `channel ${channel} is a ${kind}, which has no event ${event}`,
  kindCan: (kind: string, events: readonly string[]) => `a ${kind} can: ${events.join(', ')}`,
  sideNotAtEnd: (side: string, channel: string, ends: readonly string[], event: string) =>
    `${notAtEnd(side, channel, ends)}, so cannot ${event} there`,
  countOverFull: (count: number, full: number, party: string, channel: string) =>
    `count ${count} is more than the ${full} staff ${party} has at channel ${channel} (its full complement)`,
  noReduction: (count: number, party: string, channel: string, full: number) =>
    `reduce-staff to ${count} is no reduction: the full complement of ${party} at channel ${channel} is ${full}`,
  reduceHint: 'use a count below the full complement, or withdraw-staff to leave entirely',
  /** A history event a channel refused, at its `do:` line. */
  refusedAt: (when: string, why: string) => `at ${when}, ${why}`,

  /** The YAML text itself. */
  bytes: (n: number) => `${n.toLocaleString('en-US')} bytes`,
  tooLarge: (size: string, limit: string, limitBytes: string) =>
    `the file is ${size}; a scenario file may be at most ${limit} (${limitBytes}), so it was not read`,
  tooDeep: (brackets: number, columns: number) =>
    `the file nests lists or maps deeper than a scenario ever needs (more than ${brackets} brackets or ${columns} columns of indentation), so it was not read`,
  duplicateKey: (key: string) =>
    `${key} appears twice in the same map: each key (and each id) may appear only once`,
  tagNotAllowed: tagRefused,
  secondDocument:
    'a second YAML document starts here (after a line "---"): a scenario file holds exactly one',
  removeSecondDocument: 'remove the "---" line and what follows it, or move it to a file of its own',
  colonInText: 'a colon followed by a space inside unquoted text starts a new key',
  quoteTheText: (text: string) => `put the text in quotes: ${text}`,
  indentedLess: 'this line is indented less than the keys above it, so it does not belong to any of them',
  notClosed: 'a list [ ] or map { } that starts on this line is not closed properly',
  indentation: 'YAML goes by indentation: keys of the same map must start in the same column',
  tabIndent: 'a tab indents this line: YAML indents with spaces only',
  replaceTabs: 'replace the tab with spaces (most editors can be set to type spaces for the Tab key)',
  /** Any other YAML syntax error: the yaml library's own words (English), as it says them. */
  yaml: (message: string) => `YAML: ${message}`,
  mergeKey: 'YAML merge keys ("<<") are not supported in a scenario file',
  writeKeysOut: 'write the keys out in full instead of merging them in from an anchor',
  protoKey: '"__proto__" cannot be a key or an id in a scenario',
  idsStart: 'ids start with a letter or digit, e.g. north, liaison-line',
  noAnchor: (name: string) => `the alias *${name} names no anchor: no &${name} comes before it`,
  writeValueOut: 'write the value out in full',
  tooManyAliases: (max: number) =>
    `this file expands YAML aliases (*name) more than ${max} times, which is refused as unsafe: a few lines could grow into gigabytes`,
  writeRepeatsOut: 'write the repeated parts out instead of using anchors (&name) and aliases (*name)',

  /** Reading the file from disk, or finding the scenario an argument names. */
  noFileHere: 'there is no file at this path',
  isDirectory: 'this is a directory, not a scenario file',
  permissionDenied: 'cannot read this file: permission denied',
  notAFolder: 'there is no file at this path (a part of it is not a folder)',
  cannotRead: (why: string) => `cannot read this file (${why})`,
  noSuchScenario: 'no such file, and no bundled scenario has this id',
  listShowsAll: (guess: string) => `${guess} (liaison-sim list shows them all)`,
  listShowsBundled: 'liaison-sim list shows the bundled scenarios',
  /** A bug of ours, not the author's: still said as a located problem. */
  internal: (message: string) => `internal error while reading the scenario: ${message}`,
};

/** The problem words of one language. */
export type ProblemWords = Table<typeof problems>;
