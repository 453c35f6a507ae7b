/**
 * The command line's own words, in English: each command's summary for the overall usage, its
 * whole `--help` text, and the usage itself. Option names, command names, file names and
 * example commands are the same in every language.
 */

/** The `--lang` line of every command that speaks words. */
const langOption = `  --lang <en|ko>  the language of every word (default: the scenario's own lang:, else
                  from LC_ALL / LANG, else English)`;

/** "a, b and c" */
const listed = (names: readonly string[]) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

export const cli = {
  /** The first line of a command's --help: `synopsis` is the command and its arguments. */
  usageLine: (synopsis: string) => `Usage: ${synopsis}`,
  /** The line under a usage mistake. */
  tryHelp: (command: string) => `Try: liaison-sim ${command} --help`,
  /** The line under a mistake made before any command. */
  tryUsage: 'Try: liaison-sim --help',
  /** A word after `liaison-sim` that is no command: `name` arrives quoted. */
  unknownCommand: (name: string) => `unknown command ${name}`,
  didYouMean: (guess: string) => `did you mean ${guess}?`,
  /** `example`: the command that steps through the word as a scenario. */
  toStepThrough: (example: string) => `to step through a scenario: ${example}`,
  /** Mistakes parsing a command's options; `typed` and `value` arrive quoted, options as `--name`. */
  options: {
    /** `guess`: the option most like `typed`, or null; `known`: every option the command takes. */
    noSuch: (typed: string, guess: string | null, known: readonly string[]) =>
      `there is no option ${typed}; ${guess === null ? `this command takes ${known.join(', ')}` : `did you mean ${guess}?`}`,
    needsValue: (option: string) => `${option} needs a value after it`,
    takesNoValue: (option: string) => `${option} takes no value`,
    unexpectedArgument: (typed: string) =>
      `unexpected argument ${typed}: this command takes no scenario or file`,
    notALanguage: (value: string, langs: readonly string[]) =>
      `--lang ${value} is not a language this tool speaks; choose ${langs.join(' or ')}`,
  },
  usage: {
    title: 'liaison-sim: step through the channels between two adversaries',
    heading: 'Usage:',
    bare: (command: string) => `${command} the default scenario (plain run when not a terminal)`,
    /** `speaking`: the commands that take --lang. */
    about: (speaking: readonly string[]) =>
      `A scenario is a path to a .yaml file or the id of a bundled scenario. ${listed(speaking)} ` +
      'speak English or Korean: --lang en|ko, or a Korean locale (LANG=ko_KR.UTF-8).',
    perCommand: "Each command's own options: liaison-sim <command> --help (or liaison-sim help <command>).",
    exitCodes: 'Exit codes: 0 success, 1 an expectation failed, 2 bad input or usage.',
  },
  play: {
    summary: 'step through a scenario interactively (--present: for a class)',
    wrongCount: 'one scenario at a time',
    presentNeedsTerminal: 'presenting needs a terminal: printing the whole run as text instead',
    help: (
      defaultScenario: string,
    ) => `Steps through a scenario (a .yaml file or a bundled id; default ${defaultScenario}) in
the terminal: → ← step, space plays, / jumps to a date, i asks "what if…", ? shows every key.
When input or output is not a terminal it prints the whole run as text instead (with
--present too, saying so on stderr).

  --present   presenter mode, for a class: the story and questions in full, play stops
              at each question, and nothing on screen shows a later step (p toggles it)
${langOption}
`,
  },
  run: {
    summary: 'the whole run with its expectations',
    wrongCount: 'name exactly one scenario (a file or a bundled id)',
    /** `value` arrives quoted. */
    notATime: (value: string) =>
      `--at ${value} is not a time: write e.g. 2019-03-22, "2019-03-22 12:00" (read at the scenario's offset) or 2019-03-22T12:00+09:00`,
    help: `Runs a scenario (a .yaml file or a bundled id) from start to end and prints every step,
the class questions at their steps, the expectations it checks and a summary.

  --json       print one JSON object instead of text (with --at: just that moment's frame)
  --at <time>  print only how the channels stand at that moment: 2019-03-22,
               "2019-03-22 12:00" (at the scenario's own UTC offset) or 2019-03-22T12:00+09:00;
               from the scenario's start to its end (its end:, else the day of its last
               event); after the last step, the last step is how things stand
  --answers    print each question's answer under it (the JSON always has them, apart)
${langOption}
  -h, --help   show this help

Exit codes: 0 success, 1 an expectation in the scenario failed, 2 bad input or usage.
`,
  },
  export: {
    summary: 'a chart, a handout or state diagrams, for a class',
    wrongCount: 'give exactly one scenario (a file or a bundled id)',
    /** No --format, and no -o name that implies one. */
    sayFormat: (formats: readonly string[]) => `say which format: --format ${formats.join('|')}`,
    /** --answers with a format that has no questions; `handouts`: the formats that have them. */
    answersOnlyFor: (format: string, handouts: readonly string[]) =>
      `--answers writes the answer key of a handout (${handouts.join(', ')}): ${format} has no questions`,
    /** `requested` arrives as typed (its control characters made visible later). */
    unknownFormat: (requested: string, formats: readonly string[]) =>
      `unknown format "${requested}"; choose ${formats.join(', ')}`,
    /** -o names one format by its extension, --format asks for another: the file gets --format's. */
    otherFormat: (path: string, implied: string, format: string) =>
      `warning: "${path}" is named like ${implied}, but --format ${format} writes ${format} into it`,
    help: `  svg      a timeline chart of every channel, for slides
  md       a Markdown handout: channels, events in plain words, debrief figures, questions
  html     the same handout as one printable page (A4 or US Letter), with the chart inline
  mermaid  Markdown with \`\`\`mermaid state diagrams of the channel machines the scenario
           uses, generated from the machine definitions (renders on GitHub)

Handouts (md, html) are the students' version: questions with room to write, no answers.
  --answers  write the answer key instead: each question with its answer, and the debrief

Writes to stdout unless -o names a file (-o - is stdout too). An existing file is never
replaced without --force; --force replaces only a regular file (keeping its mode) or the
file a link points to.
The format may be left out when the -o file name ends in .svg, .md or .html. When both are
given, --format decides, with a warning if the file name implies another format.

${langOption}
`,
  },
  validate: {
    summary: 'check scenario files',
    help: `Checks scenario files (or bundled scenario ids): the format, the names they use, and a full
simulated run. Prints "file: ok" or every problem as file:line:col: message. Warnings
(a question no step will show) go to stderr as file:line:col: warning: ... and do not fail.
Exit codes: 0 all files are fine, 2 a file has problems (or bad usage).

${langOption}
  -h, --help   show this help
`,
  },
  list: {
    summary: 'the bundled scenarios',
    help: `Lists the bundled scenarios: their id (what run, play and export accept), title and summary.

${langOption}
`,
  },
  schema: {
    summary: 'print the JSON Schema of scenario files',
    help: `Prints the JSON Schema of scenario files (draft-07), the same as scenarios/scenario.schema.json.
Editors use it to check scenario files as you type: put this line at the top of a file:
  # yaml-language-server: $schema=./scenario.schema.json
`,
  },
};
