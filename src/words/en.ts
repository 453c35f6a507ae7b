import type { SpecialKind } from '../io/readBounded.js';
import type { ChannelStatus } from '../model/scenario.js';
import type { SpanUnit } from '../time/span.js';
import type { LocalTime } from '../time/clock.js';
import { cli } from './commands-en.js';
import { problems } from './problems-en.js';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const pad = (n: number) => String(n).padStart(2, '0');
/** A word that opens a line or a label: "both sides" reads "Both sides" there. */
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const clock = (t: LocalTime) => `${pad(Math.floor(t.minutes / 60))}:${pad(t.minutes % 60)}`;
const date = (t: LocalTime) => `${t.day} ${MONTHS[t.month - 1]} ${t.year}`;
/** "2 h", "1 d 4 h": a duration in whole minutes, as its largest two units. */
const duration = (d: { days: number; hours: number; minutes: number }) =>
  d.days > 0
    ? d.hours > 0
      ? `${d.days} d ${d.hours} h`
      : `${d.days} d`
    : d.hours > 0
      ? d.minutes > 0
        ? `${d.hours} h ${d.minutes} min`
        : `${d.hours} h`
      : `${d.minutes} min`;

/** English: the default language, and the shape every other language follows. */
export const en = {
  status: {
    open: 'OPEN',
    degraded: 'DEGRADED',
    closed: 'CLOSED',
  } satisfies Record<ChannelStatus, string>,
  /** A status inside running text, charts and legends. */
  state: {
    open: 'open',
    degraded: 'degraded',
    closed: 'closed',
  } satisfies Record<ChannelStatus, string>,
  /** Calendar words: every date and time a person reads, in the scenario's own zone. */
  time: {
    weekday: (t: LocalTime) => WEEKDAYS[t.weekday]!,
    month: (t: LocalTime) => MONTHS[t.month - 1]!,
    /** "22 Mar 2019" */
    date,
    /** "22 Mar 2019 10:00" */
    dateTime: (t: LocalTime) => `${date(t)} ${clock(t)}`,
    /** "Fri 22 Mar 2019 10:00 KST" */
    long: (t: LocalTime, zone: string) => `${WEEKDAYS[t.weekday]} ${date(t)} ${clock(t)} ${zone}`,
    /** "Fri 22 Mar 2019" */
    dayDate: (t: LocalTime) => `${WEEKDAYS[t.weekday]} ${date(t)}`,
    /** "Fri 22 Mar 10:00": the story's short form, without the year. */
    dayClock: (t: LocalTime) => `${WEEKDAYS[t.weekday]} ${t.day} ${MONTHS[t.month - 1]} ${clock(t)}`,
    /** "Fri 22 Mar 2019 10:00": the story's form when the run spans more than one year. */
    dayDateClock: (t: LocalTime) => `${WEEKDAYS[t.weekday]} ${date(t)} ${clock(t)}`,
    /** "Thu 17:00": a time within the last week. */
    weekdayClock: (t: LocalTime) => `${WEEKDAYS[t.weekday]} ${clock(t)}`,
    /** Axis labels: "Fri 22", "22 Mar", "Mar 2019", "2019". */
    axisDay: (t: LocalTime) => `${WEEKDAYS[t.weekday]} ${t.day}`,
    axisWeek: (t: LocalTime) => `${t.day} ${MONTHS[t.month - 1]}`,
    axisMonthYear: (t: LocalTime) => `${MONTHS[t.month - 1]} ${t.year}`,
    year: (t: LocalTime) => String(t.year),
    duration,
    range: (from: string, to: string) => `${from} – ${to}`,
    /** "22 Mar 2019 10:00 – 23 Mar 2019 23:59 KST"; a label after each end when they differ. */
    span: (from: LocalTime, fromLabel: string, to: LocalTime, toLabel: string) =>
      fromLabel === toLabel
        ? `${date(from)} ${clock(from)} – ${date(to)} ${clock(to)} ${fromLabel}`
        : `${date(from)} ${clock(from)} ${fromLabel} – ${date(to)} ${clock(to)} ${toLabel}`,
  },
  /** Routine check calls (hotline) and consultations (office), and what they came to. */
  checks: {
    /** The heading of a routine contact, unless its kind names its own. */
    heading: (clock: string) => `Routine check at ${clock}`,
    routine: (heading: string, results: string[]) => `${heading}: ${results.join('; ')}.`,
    /** For sentences: "Liaison line unanswered". */
    result: (channel: string, result: string) => `${channel} ${result}`,
  },
  /** How two parties can reach each other: the board, the reports, the handouts, the SVG. */
  reach: {
    pair: (a: string, b: string) => `${a} ⇄ ${b}`,
    over: (open: number, of: number) => `reachable over ${open} of ${of} direct channels`,
    noDirect: 'no direct channel',
    noDirectLoud: 'NO DIRECT CHANNEL',
    none: 'no channel left',
    noneLoud: 'NO DIRECT CHANNEL: no channel left at all',
    via: (parties: string[], channels: string[]) => `via ${parties.join(', ')} (${channels.join(' + ')})`,
    lastLink: (channels: string[]) => `last link${channels.length > 1 ? 's' : ''}: ${channels.join(', ')}`,
    parts: (parts: string[]) => parts.join('; '),
    /** The sides' lane of the charts. */
    redundant: 'more than one way',
    oneLastLink: 'one last link',
    cutOff: 'cut off',
    onlyVia: (parties: string[]) => `only via ${parties.join(', ')}`,
    /** A change in the debrief's list of last links. */
    changedCutOff: 'no channel open',
    changedRedundant: 'more than one way again',
  },
  /** The figures of a whole run. */
  debrief: {
    title: (period: string, length: string) => `Debrief: ${period} (${length})`,
    share: (percent: number) => `${percent}%`,
    /** "<1%": more than nothing, less than a rounded 1%. */
    shareUnder: (percent: number) => `<${percent}%`,
    /** ">99%": almost all, but not all. */
    shareOver: (percent: number) => `>${percent}%`,
    timeIn: (state: string, length: string, share: string) => `${state} ${length} (${share})`,
    channel: (name: string, times: string[]) => `${name}: ${times.join(' · ') || 'no time in the period'}`,
    /** `to` null: still closed at the end of the run, or (`soFar`) at the step shown. */
    longestSilence: (length: string, from: string, to: string | null, soFar: boolean) =>
      `longest silence ${length}: ${from} – ${to ?? (soFar ? 'now (still closed)' : 'end (still closed)')}`,
    /** Where a silence that began before the scenario starts (the file's `initial.since`) begins. */
    beforeStart: (from: string) => `${from}, before this scenario starts`,
    /** A channel that had not existed yet (not connected, opened or agreed) opens: not a restore. */
    firstOpened: (when: string, who: string) => `opened for the first time ${when}, by ${who}`,
    /** The only silence began at the very moment shown (`soFar`) or at the end: under way, of no length yet. */
    silenceBegun: (from: string, soFar: boolean) =>
      soFar ? `silence under way: closed since ${from}` : `silence begun at the end: closed since ${from}`,
    /** "check calls: 8 made, 5 answered, 1 unanswered, 2 no line"; the nouns are the kind's own. */
    contacts: (noun: string, made: number, ok: number, okWord: string, missed: readonly [number, string][]) =>
      `${noun}: ${made} made, ${ok} ${okWord}${missed.map(([n, word]) => `, ${n} ${word}`).join('')}`,
    /** "sessions: 21 held, 1 cancelled, 5 boycotted": each outcome the kind tells apart. */
    tally: (noun: string, counts: string[]) => `${noun}: ${counts.join(', ')}`,
    count: (times: number, what: string) => `${times} ${what}`,
    by: (times: number, who: string) => `${times}× by ${who}`,
    cut: (by: string[]) => `cut ${by.join(', ')}`,
    restored: (by: string[]) => `restored ${by.join(', ')}`,
    sides: (pair: string, noDirect: string, share: string, none: string) =>
      `${pair}: no direct channel for ${noDirect} (${share}); no route at all for ${none}`,
    sidesAlways: (pair: string) => `${pair}: a direct channel open the whole time`,
    /** Without a direct channel for a while, but never without a route through another party. */
    sidesRouted: (pair: string, noDirect: string, share: string) =>
      `${pair}: no direct channel for ${noDirect} (${share}), but a route through another party the whole time`,
    change: (when: string, what: string) => `${when}: ${what}`,
  },
  /** Narration the scenario did not write. */
  narration: {
    /** An event without narration of its own: its kind's phrase, as a sentence. */
    unnarrated: (phrase: string) => `${phrase}.`,
  },
  /** The plain run report (`run`, and `liaison-sim` when not a terminal). */
  report: {
    period: (from: string, to: string, id: string) => `${from} to ${to} (${id})`,
    start: 'Start.',
    whatIfTag: '[what-if]',
    counterfactualTag: '[counterfactual]',
    refused: (message: string) => `refused: ${message}`,
    failed: (channel: string, expected: string, actual: string, reason: string) =>
      `!!! EXPECTATION FAILED: ${channel} should be ${expected} but is ${actual} (${reason})`,
    /** A failed reachability expectation, located: on the step's line, or at its checkpoint. */
    reachFailed: (
      about: 'reachable' | 'last-link',
      expected: string,
      actual: string,
      checkpoint: number | null,
    ) =>
      `!!! EXPECTATION FAILED: ${about === 'reachable' ? 'reachable' : 'last link'} should be ${expected} but is ${actual}${checkpoint === null ? '' : ` (checkpoint ${checkpoint + 1})`}`,
    noSuchChannel: 'no such channel',
    atMoment: (when: string, step: number, steps: number) => `At ${when}, as of frame ${step} of ${steps}:`,
    summary: 'Summary',
    frames: (frames: number, events: number, checks: number) =>
      `frames: ${frames} (${plural(events, 'event')}, ${plural(checks, 'routine check')})`,
    expectations: (passed: number, failed: number) =>
      `expectations: ${passed} passed, ${failed} failed${failed > 0 ? '  !!!' : ''}`,
    atEnd: (when: string) => `at the end (${when}):`,
  },
  /** The lanes as text, in the Markdown handout. */
  chart: {
    /** Each entry is a glyph and its word ("█ open"), for the channels and for the sides. */
    legend: (channels: string[], sides: string[]) =>
      `${channels.join('  ')}; for the sides: ${sides.join('  ')}`,
  },
  /** The timeline SVG. */
  svg: {
    subtitle: (period: string, sides: string[], channels: number) =>
      `${period} · ${sides.join(' and ')} · ${channels} channels`,
    description: (subtitle: string) => `Timeline of each channel's status, ${subtitle}.`,
    legendChannel: 'Channel',
    legendSides: 'Sides',
    legendEvents: 'Events',
    onChannel: 'on a channel',
    context: 'context',
    counterfactual: 'counterfactual',
    /** A line that has not been opened yet: not a closure. */
    notYet: 'not yet set up',
    keyTitle: 'Events',
    /** A key line for an event on channels: "1 Jun 2020 · North withdraws its staff from … · North staff leave." */
    keyEvent: (date: string, what: string, narration: string) =>
      `${date} · ${what}${narration ? ` · ${narration}` : ''}`,
    /** A key line for context, which touches no channel: "21 Mar 2019 · US: Background. …" */
    keyContext: (date: string, who: string, narration: string) => `${date} · ${cap(who)}: ${narration}`,
    /** Context that names no one: the narration alone. */
    keyNarration: (date: string, narration: string) => `${date} · ${narration}`,
    tooltip: (label: string, period: string) => `${label}: ${period}`,
  },
  /** The terminal screen. */
  ui: {
    tooSmall: (columns: number, rows: number, needColumns: number, needRows: number) =>
      `Terminal too small: liaison-sim needs ${needColumns}×${needRows} (now ${columns}×${rows}). q quits.`,
    whatIfFlag: 'WHAT-IF · NOT HISTORY',
    /** The flag where the header has no room for the whole one. */
    whatIfFlagShort: 'WHAT-IF',
    channels: 'Channels',
    channelsWindow: (first: number, last: number, all: number) => `Channels ${first}–${last} of ${all} (↑↓)`,
    noCheckYet: 'no check yet',
    checkLabel: 'check',
    wasInHistory: (status: string) => `≠ history: was ${status}`,
    storyTitle: 'Story so far',
    noStoryYet: 'No scripted event yet.',
    helpTitle: 'Help',
    whatHappened: 'What happened',
    branchTitle: 'Branch',
    tag: {
      whatIf: 'WHAT IF · not history',
      notHistory: 'NOT HISTORY',
      counterfactual: 'COUNTERFACTUAL',
      historical: 'HISTORICAL',
      start: 'start',
      checks: 'routine checks',
      bothAct: 'both sides act',
      nature: "nature: no one's choice",
      acts: (who: string) => `${who} acts`,
      line: (tag: string, who: string) => `${tag} · ${who}`,
    },
    refusedHere: (message: string) => `Could not happen in this branch: ${message}`,
    differs: (parts: string[]) => `Differs from history: ${parts.join(', ')}`,
    differsOne: (channel: string, status: string) => `${channel} (history: ${status})`,
    question: (text: string) => `Question: ${text}`,
    answer: (text: string) => `Answer: ${text}`,
    questionHint: (text: string) => `Question (a: answer): ${text}`,
    source: (text: string) => `Source: ${text}`,
    inHistory: (text: string) => `In history: ${text}`,
    /** The help overlay: what each key does (the keys themselves are in HelpOverlay). */
    help: {
      step: 'step forward / back (instant at any point)',
      edges: 'first / last step',
      play: 'play or pause; + / - faster or slower',
      skip: 'skip routine check calls: land on scripted events only',
      jump: 'jump to a date: 2019-03-25 or 2019-03-25 09:00',
      change: "next / previous change of a channel's status",
      follow: 'choose the channel n / N follow (by its number)',
      scroll: 'scroll the channels when they do not all fit',
      whatIf: 'what if…: pick a channel, then something that could happen now',
      branch: 'what-if: back to history at the same moment / save it as a file',
      answer: "reveal the answer to the class's question at this step",
      present: 'presenter mode: story in full, play stops at questions, no later steps shown',
      pages: 'next / previous page of a story longer than its panel',
      debrief: 'debrief: time each channel was open, longest silence, who cut what',
      whole: 'in the debrief: the run so far / the whole run',
      quit: 'quit',
    },
    marksKey: 'marks',
    /** Each entry is a mark and its status word ("● OPEN"). */
    marks: (marks: string[]) => `${marks.join('  ')} (the word says it too)`,
    lanesKey: 'lanes',
    lanes: (glyphs: string[], now: string) => `${glyphs.join('  ')}  ${now} now (worst status of each slice)`,
    differsKey: '≠ history',
    differsHelp: 'in a what-if: this channel differs from what really happened (a narrow row shows only ≠)',
    /** The key bar. */
    bar: {
      help: '↑↓ scroll  Esc/? close help  q quit',
      debrief: '↑↓ scroll  f so far/whole  Esc/d close  q quit',
      present: '←→ step  space play  a answer  ] [ page  d debrief  p presenter  ? help  q quit',
      prompt: 'Enter go  Backspace erase  Esc cancel',
      pick: 'type its number or ↑↓ then Enter  Esc cancel',
      branch: '←→ step  b history  w save  ? help  q quit  space play',
      wide: '←→ step  space play  g/G start/end  / jump  n/N next change  s skip checks  i what-if  d debrief  ? help  q quit',
      narrow: '←→ step  ? help  q quit  space play  / jump  n/N change  i what-if  d debrief',
      /** The help key's entry when the bar has no room for every key: help lists them all. */
      allKeys: '? keys',
    },
    /** Beside the last lane drawn when the strip cannot draw every channel's lane. */
    lanesHidden: (count: number) => `(↑↓ ${count} more)`,
    /** The status line. */
    jumpPrompt: (text: string) => `Jump to YYYY-MM-DD or YYYY-MM-DD HH:MM: ${text}▏`,
    countPrompt: (min: number, max: number, text: string) => `How many people? (${min}–${max}): ${text}▏`,
    playing: (speed: number) => `▶ playing, ${speed} step${speed === 1 ? '' : 's'}/s (+ -)`,
    paused: '⏸ paused (space plays)',
    eventsOnly: 'scripted events only (s: all)',
    checksToo: 'routine checks too (s: skip)',
    follows: (which: string) => `n/N: changes of ${which}`,
    anyChannel: 'any channel',
    statusSeparator: '  ·  ',
    /** The pickers. */
    whatIfAt: (when: string) => `What if… at ${when}. Which channel?`,
    followWhich: 'Which channel should n / N follow? (0: any channel)',
    whatCouldHappen: (channel: string) => `What could happen now to ${channel}?`,
    howMany: (whatIf: string, min: number, max: number) =>
      `${whatIf}: how many people? Type ${min}–${max}, then Enter.`,
    followTitle: 'Follow',
    whatIfTitle: 'What if',
    /** Messages after a key. */
    followAny: 'n / N now jump to changes of any channel.',
    followOne: (channel: string) => `n / N now jump to changes of ${channel}.`,
    nothingCanHappen: (channel: string) => `Nothing can happen to ${channel} at this moment.`,
    typeNumber: (min: number, max: number) => `Type a number from ${min} to ${max}.`,
    whatIfNarration: (whatIf: string, channel: string) =>
      `What if… ${whatIf} (${channel})? This did not happen: from here on the run is simulated.`,
    whatIfShown: (whatIf: string) =>
      `What if: ${whatIf}. Not history. b: back to history · w: save as a scenario`,
    alreadyWhatIf: 'This is already a what-if: press b to return to history first.',
    atEdge: (end: boolean, eventsOnly: boolean) =>
      `Already at ${end ? 'the end' : 'the start'}${eventsOnly ? ' of the scripted events' : ''}.`,
    noChange: (later: boolean, which: string) => `No ${later ? 'later' : 'earlier'} change of ${which}.`,
    speed: (speed: number) => `Speed: ${plural(speed, 'step')} a second.`,
    allFrames: 'Stepping through every frame, routine checks included.',
    skipping: 'Skipping routine checks: stepping lands on scripted events only.',
    backToHistory: 'Back to history.',
    noQuestion: 'No question at this step: a reveals the answer when a question is shown.',
    unknownKey: (input: string) => `"${input}" does nothing here: ? shows every key.`,
    saving: 'Saving the what-if…',
    saved: (path: string) => `Saved the what-if as ${path}`,
    /** w again on a what-if already saved, and not changed since. */
    alreadySaved: (path: string) => `This what-if is already saved, as ${path}`,
    nothingToSave: 'Nothing to save: w saves a what-if branch.',
    couldNotSave: (why: string) => `Could not save: ${why}`,
  },
  /** liaison-sim list. */
  list: {
    isDefault: '(default)',
    none: 'No bundled scenarios found.',
  },
  /** `validate`, and every command that opens a scenario file. */
  validate: {
    ok: (file: string, events: number, channels: number) =>
      `${file}: ok (${plural(events, 'event')}, ${plural(channels, 'channel')})`,
    noFile: 'name at least one scenario file',
    /** "file:line:col: what is wrong", and a hint on the next line. */
    problem: (where: string, message: string) => `${where}: ${message}`,
    hint: (text: string) => `  hint: ${text}`,
  },
  /** What is wrong with a scenario file (src/words/problems-en.ts). */
  problems,
  /** The command line: summaries, every command's --help, the usage (src/words/commands-en.ts). */
  cli,
  /** A scenario's class questions, wherever they are shown. */
  questions: {
    ask: (text: string) => `question: ${text}`,
    answer: (text: string) => `answer: ${text}`,
    /** `validate`'s warning about a question timed after the last step. */
    neverShown: (when: string, last: string) =>
      `warning: this question, at ${when}, comes after the last step (${last}), so no step will show it; move it to the last step or before`,
    /** The run report's summary line. */
    count: (total: number, unshown: number) =>
      `questions: ${total}${unshown > 0 ? ` (${unshown} after the last step, shown at none)` : ''}`,
    answersHint: 'answers: add --answers to print them',
  },
  /** One unit of a span of time: "7 months", "1 day". */
  span: {
    years: (n: number) => plural(n, 'year'),
    months: (n: number) => plural(n, 'month'),
    days: (n: number) => plural(n, 'day'),
    hours: (n: number) => plural(n, 'hour'),
    minutes: (n: number) => plural(n, 'minute'),
  } satisfies Record<SpanUnit, (n: number) => string>,
  /** Where a typed moment falls among the steps (the `/` jump and `run --at`). */
  moment: {
    notATime: (text: string) =>
      `"${text}" is not a time: type YYYY-MM-DD or YYYY-MM-DD HH:MM (read at the scenario's offset).`,
    beforeStart: (asked: string, start: string) => `${asked} is before the scenario starts (${start}).`,
    /** `run --at` past the scenario's end (its `end:`, else the day of its last event). */
    afterScenarioEnd: (asked: string, end: string) => `${asked} is after the scenario ends (${end}).`,
    between: (asked: string, shown: string, before: string, next: string, after: string) =>
      `No step at ${asked}: showing how things stood from ${shown} (${before} before); next step ${next} (${after} later).`,
    afterEnd: (asked: string, last: string, before: string) =>
      `${asked} is after the last step: showing the last step, ${last} (${before} before).`,
  },
  /** While history is still being simulated behind the screen. */
  progress: {
    mark: 'simulating…',
    waiting: 'Simulating: that step is not simulated yet; the screen goes there as soon as it is.',
    /** The step counter's total while it still grows: the frames so far, and more to come. */
    soFar: (count: number) => `${count}+`,
    /** The whole-run debrief, asked for before the run is whole. */
    debriefWaiting:
      'The rest of the run is still being simulated: the figures of the whole run appear here as soon as it is done (f: the figures so far).',
    /** A what-if is compared with the whole of history, so it waits for it. */
    whatIfWaiting:
      'Simulating: the what-if is shown as soon as the rest of history is simulated, to compare it with.',
  },
  /** Reading scenario files and writing exports: what sits at a path, and why it is refused. */
  files: {
    kinds: {
      directory: 'a directory',
      fifo: 'a FIFO or pipe',
      'character-device': 'a character device',
      'block-device': 'a block device',
      socket: 'a socket',
      other: 'a special file',
    } satisfies Record<SpecialKind, string>,
    notRegular: (kind: string) => `not a regular file (${kind})`,
    readFromFile: 'a scenario is read from a regular file: save the text as a .yaml file and name that',
    nameFileInside: 'name a .yaml file inside it',
    notUtf8: 'this is not UTF-8 text (the file was saved in another encoding)',
    utf16: 'the file is UTF-16 text; a scenario file is UTF-8',
    saveAsUtf8: 'save the file again with the encoding UTF-8 (in most editors: Save As, then Encoding)',
    tooLargeRead: (limit: string) =>
      `the file holds more than ${limit}; a scenario file may be at most ${limit}, so it was not read further`,
    exists: (path: string) => `${path} already exists; choose another name or add --force to replace it`,
    cannotWrite: (path: string, reason: string) => `cannot write ${path}: ${reason}`,
    /** After an export is written. */
    wrote: (path: string) => `wrote ${path}`,
    /** Why a write failed, for the system errors a user can do something about. */
    writeErrors: {
      ENOENT: 'its folder does not exist',
      ENOTDIR: 'a part of the path is not a folder',
      EACCES: 'permission denied',
      EPERM: 'permission denied',
      EROFS: 'the file system is read-only',
      ENOSPC: 'the disk is full',
      EDQUOT: 'the disk quota is used up',
      ENAMETOOLONG: 'the name is too long',
      ELOOP: 'its symbolic links go round in a loop',
    },
    forceOnlyRegular: (path: string, kind: string) =>
      `${path} is ${kind}, not a regular file; --force replaces only a regular file`,
    danglingLink: (path: string) =>
      `${path} is a symbolic link to a file that does not exist; --force writes through a link only to an existing file`,
  },
  /** A what-if branch saved as a scenario of its own. */
  whatIf: {
    savedTitle: (title: string, n: number) => `${title} (what if #${n})`,
    savedSummary: (title: string, when: string, phrase: string) =>
      `What if, at ${when}: ${phrase}? A branch of "${title}": history up to that moment, then simulated, not history.`,
    /** The what-if event's own narration in the saved file (the summary says it is simulated). */
    savedNarration: (phrase: string) => `What if… ${phrase}?`,
    /** Later narrations the branch contradicts: acts are told in the simulator's words, bare notes left out. */
    narrationsRetold: (n: number) =>
      n === 1
        ? "One narration of the original after that moment no longer fits this branch: an event is told in the simulator's own words, a note that only told the story is left out."
        : `${n} narrations of the original after that moment no longer fit this branch: events are told in the simulator's own words, notes that only told the story are left out.`,
    questionsLeftOut: (n: number) =>
      n === 1
        ? 'One question of the original after that moment is left out: its answer no longer holds in this branch.'
        : `${n} questions of the original after that moment are left out: their answers no longer hold in this branch.`,
  },
  /** The Mermaid page of the channel machines (export --format mermaid); `machine` arrives as code. */
  diagrams: {
    title: (scenario: string) => `State machines of ${scenario}`,
    generated:
      'Generated from the machine definitions; `[*]` arrows show how the start configuration is chosen.',
    kindHeading: (kind: string, machine: string) => `${kind} (${machine} machine)`,
    usedBy: (channels: string) =>
      `Used by: ${channels}. End \`a\` is the first party of a channel's \`between\`, \`b\` the second.`,
    rootHeading: (machine: string) => `Simulation root (${machine} machine)`,
    root: 'Spawns one machine above per channel and routes each scenario event to its channel.',
  },
  /** The printed handouts (Markdown and HTML): the students' version and the answer key. */
  handout: {
    studentsVersion: "Students' version",
    answerKey: 'Answer key: for the teacher, not for the class',
    period: 'Period',
    scenario: 'Scenario',
    tryIt: 'To step through it yourself:',
    partiesTitle: 'Parties and channels',
    parties: (list: string, sides: string) => `Parties: ${list}. The two sides: ${sides}.`,
    partyWithShort: (name: string, short: string) => `${name} (${short})`,
    channelHead: {
      channel: 'Channel',
      kind: 'Kind',
      between: 'Between',
      checks: 'Routine checks',
      start: 'At the start',
    },
    /** A channel's facts ("Kind: hotline") and its start, as one line of the Markdown list. */
    channelFacts: (facts: string[], start: string) => `${facts.join('; ')}. ${start}.`,
    checks: (times: string, daily: boolean) => `${times} ${daily ? 'daily' : 'on weekdays'}`,
    noChecks: 'none',
    startState: (status: string, reason: string) => `${status}: ${reason}`,
    timelineTitle: 'Timeline',
    timelineNote:
      'Each row is a channel; the last row says whether the two sides could still reach each other. The numbers mark the events listed below.',
    chartKey: (open: string, degraded: string, closed: string) =>
      `${open} open · ${degraded} degraded · ${closed} closed`,
    eventsTitle: 'Events',
    source: (text: string) => `Source: ${text}`,
    counterfactual: 'What-if: this did not happen',
    figuresTitle: 'Debrief figures',
    over: (duration: string, span: string) => `Over ${duration}: ${span}.`,
    figureHead: {
      channel: 'Channel',
      open: 'Open',
      degraded: 'Degraded',
      closed: 'Closed',
      checks: 'Checks',
    },
    /** "3 of 4 answered": `word` is the kind's own (answered, held). */
    checksOf: (ok: number, made: number, word: string) => `${ok} of ${made} ${word}`,
    debriefTitle: 'Debrief',
    conclusionHead: {
      channel: 'Channel',
      silence: 'Longest silence',
      cuts: 'Cut by',
      restores: 'Restored by',
    },
    silence: (duration: string, from: string, to: string) => `${duration} (${from} – ${to})`,
    untilEnd: 'the end',
    /** A silence that began at the very end of the run, so has no length. */
    silenceAtEnd: (from: string) => `begun at the end (${from})`,
    timesBy: (who: string, times: number) => `${who} ×${times}`,
    /** In the restored-by column: a first opening, which restores nothing. */
    firstOpenedBy: (who: string) => `first opened by ${who}`,
    sides: (a: string, b: string, noDirect: string, unreachable: string) =>
      `${a} and ${b} had no direct channel for ${noDirect} and no route at all for ${unreachable}.`,
    sidesAlways: (a: string, b: string) => `${a} and ${b} had a direct channel open the whole time.`,
    sidesRouted: (a: string, b: string, noDirect: string) =>
      `${a} and ${b} had no direct channel for ${noDirect}, but a route through another party the whole time.`,
    lastLinkTitle: 'When the last link changed',
    questionsTitle: 'Questions',
    answer: 'Answer',
    yourAnswer: 'Your answer:',
    nothing: '—',
  },
  /** The terminal UI's classroom words: presenter mode, story pages, the debrief so far, quitting. */
  classroom: {
    presentOn:
      'Presenter mode: the story in full, play stops at each question, nothing from later steps (p: off).',
    presentOff: 'Presenter mode off: the strip shows the whole run again.',
    presentTag: 'PRESENTING',
    stoppedAtQuestion: 'A question for the class: a reveals the answer, space plays on.',
    /** The last line of a story that runs over its panel. */
    morePages: (page: number, pages: number) => `▼ page ${page} of ${pages}: ] next, [ back`,
    lastPage: (pages: number) => `▲ page ${pages} of ${pages}: ] back to the first`,
    quitUnsaved: 'This what-if is not saved: q quits, w saves first, other keys stay.',
    run: 'run',
    whatIf: 'what-if',
    debriefWhole: (what: string) => `Debrief: the whole ${what}`,
    debriefSoFar: (what: string, until: string) => `Debrief: the ${what} so far, to ${until}`,
    moreBelow: (lines: number) => `(↓ ${lines} more)`,
    debriefToggle: (whole: boolean) => (whole ? 'f: so far' : 'f: whole run'),
  },
};
