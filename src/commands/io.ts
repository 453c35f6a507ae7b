import { join, resolve } from 'node:path';

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

/**
 * The folder the user typed the command in. `npm start -- run my.yaml` runs the script in
 * the package root, so the user's relative paths would be read there; npm says the folder it
 * was typed in as INIT_CWD. Taken only while npm runs this package's own script in this
 * folder (npm_package_json names its package.json): a program started by one of its scripts
 * in another folder inherits INIT_CWD but is not where the user typed anything.
 */
export function userFolder(env: Readonly<Record<string, string | undefined>>, cwd: string): string {
  const typedIn = env['INIT_CWD'];
  if (!typedIn || env['npm_package_json'] !== join(cwd, 'package.json')) return cwd;
  return resolve(cwd, typedIn);
}

/**
 * Moves the process into the user's folder (userFolder), so that every path they give, read
 * or written, and every path said back to them, is theirs as typed. Stays put if it cannot.
 */
export function enterUserFolder(env: NodeJS.ProcessEnv = process.env): void {
  const cwd = process.cwd();
  const folder = userFolder(env, cwd);
  if (folder === cwd) return;
  try {
    process.chdir(folder);
  } catch {
    // A folder since removed or unreadable: the package root is the one left to work in.
  }
}
