/**
 * What a command may touch of the world it runs in. The CLI hands over the process's own;
 * tests hand over buffers, an environment and a folder of their choosing, so every command
 * runs in-process and its output can be read back.
 */
export interface CommandIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Both input and output are terminals: the interactive screen can run. */
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** The working folder: where the screen saves a branch the user made. */
  cwd: string;
}

/** The running process's own streams, terminal, environment and folder. */
export const processIo = (): CommandIo => ({
  stdout: process.stdout,
  stderr: process.stderr,
  isTTY: process.stdin.isTTY === true && process.stdout.isTTY === true,
  env: process.env,
  cwd: process.cwd(),
});
