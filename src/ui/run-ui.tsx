import { render, type Instance } from 'ink';
import { onEndingSignals } from '../io/signals.js';
import type { SimulationFeed } from '../session/progressive.js';
import type { Timeline } from '../timeline/timeline.js';
import type { Lang } from '../words/lang.js';
import { App } from './App.js';
import { crashMessage, enterTerminal } from './terminal.js';
import { colorWanted } from './theme.js';
import { useTerminalSize } from './use-terminal-size.js';

const CLEAR = '\x1b[2J\x1b[H';

interface Options {
  save?: (branch: Timeline) => Promise<string>;
  lang?: Lang;
  /** History still being simulated (see App). */
  feed?: SimulationFeed;
  /** Start in presenter mode. */
  present?: boolean;
}

function Sized({ timeline, save, lang, feed, present }: { timeline: Timeline } & Options) {
  const { columns, rows } = useTerminalSize();
  return (
    <App
      timeline={timeline}
      columns={columns}
      rows={rows}
      color={colorWanted()}
      save={save}
      lang={lang}
      feed={feed}
      present={present}
    />
  );
}

/**
 * Runs the interactive view until the user quits; resolves to the exit code. The terminal
 * is restored on every way out, and nothing is left running so the process can end.
 */
export async function runUi(timeline: Timeline, options: Options = {}): Promise<number> {
  let code = 0;
  let ink: Instance | null = null;
  let stopped = false;
  // Any ending signal (Ctrl-C before raw mode is on, kill -INT, -TERM, -HUP, -QUIT, -USR2)
  // quits the way q does, and ends with 128 + the signal's number. A second one while the
  // view is closing does not wait for it.
  const stop = (signalCode: number) => {
    if (stopped) {
      terminal.restore();
      process.exit(code);
    }
    code = signalCode;
    stopped = true;
    ink?.unmount();
  };
  const onCrash = (error: unknown) => {
    ink?.unmount();
    terminal.restore();
    process.stderr.write(crashMessage(error));
    process.exit(1);
  };
  // A terminal that changes size has reflowed or cut the old frame: start from a clean screen.
  const onResize = () => {
    process.stdout.write(CLEAR);
    ink?.clear();
  };
  // Listening before the alternate screen is entered: a signal never finds the terminal unguarded.
  const stopListening = onEndingSignals(stop);
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);
  process.stdout.on('resize', onResize);
  const terminal = enterTerminal();
  try {
    ink = render(
      <Sized
        timeline={timeline}
        save={options.save}
        lang={options.lang}
        feed={options.feed}
        present={options.present}
      />,
      { exitOnCtrlC: false, patchConsole: true, maxFps: 60 },
    );
    if (stopped) ink.unmount();
    await ink.waitUntilExit();
  } catch (error) {
    code = 1;
    terminal.restore();
    process.stderr.write(crashMessage(error));
  } finally {
    process.stdout.off('resize', onResize);
    stopListening();
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
    ink?.cleanup();
    terminal.restore();
    process.stdin.pause();
    process.stdin.unref();
  }
  return code;
}
