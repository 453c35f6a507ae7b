import { Writable } from 'node:stream';
import type { CommandIo } from '../../src/commands/io.js';
import { main } from '../../src/commands/main.js';

/** A stream that keeps what is written to it. */
function captured() {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

export interface CliOptions {
  /** The environment the command sees; empty (so English, no locale) unless given. */
  env?: Record<string, string>;
  cwd?: string;
}

/** Runs `liaison-sim ...args` in-process, as a pipe would: its exit code and both outputs. */
export async function cli(args: string[], options: CliOptions = {}) {
  const stdout = captured();
  const stderr = captured();
  const io: CommandIo = {
    stdout: stdout.stream,
    stderr: stderr.stream,
    isTTY: false,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
  };
  const code = await main(args, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
