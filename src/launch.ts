#!/usr/bin/env node
/**
 * The installed entry point (dist/cli.js). The program itself is one CommonJS script beside
 * it (scripts/build.mjs bundles src/cli.ts into it), compiled here with the V8 code cache the
 * build made for it: compiling the program's half a megabyte afresh was about a third of
 * every command's start, and Node 20 caches no compiled code of its own. A cache that is
 * missing, or that this Node cannot use (another version, other V8 flags), is skipped by V8
 * and the script compiles from source as before: slower, never different.
 *
 * The build names the script after a hash of its content and the cache after the script, so
 * a cache never meets a script it was not made from.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';

/** The program's file name, filled in by the build. */
declare const LIAISON_PROGRAM: string;

/** Set by the build only: run once, then write the code cache for what that run compiled. */
const WRITE_CACHE = 'LIAISON_SIM_WRITE_CODE_CACHE';

const program = join(dirname(fileURLToPath(import.meta.url)), LIAISON_PROGRAM);
/**
 * The cache holds the functions its warm-up run compiled. The screen's code (Ink, React, the
 * views: a third of the program) runs only in play, so play has a cache of its own, made by a
 * warm-up in a pseudo-terminal; the other commands keep the smaller one, quicker to read.
 * A `play` among the arguments that is not the command (a file named play) only picks the
 * other cache: a little slower, never different.
 */
const general = `${program}.v8cache`;
const cacheFile = process.argv.slice(2).includes('play') ? `${program}.play.v8cache` : general;

function readCache(): Buffer | undefined {
  // Without play's cache (the build found no pseudo-terminal) the general one serves.
  for (const file of cacheFile === general ? [general] : [cacheFile, general])
    try {
      return readFileSync(file);
    } catch {
      // the next, or none
    }
  return undefined;
}

const writing = process.env[WRITE_CACHE] === '1';
delete process.env[WRITE_CACHE];
const script = new vm.Script(
  `(function (exports, require, module, __filename, __dirname, __liaisonImport) {${readFileSync(program, 'utf8')}\n})`,
  {
    filename: program,
    cachedData: writing ? undefined : readCache(),
  },
);
// Written at exit, so the cache holds every function the run compiled, not only the outline;
// renamed into place, so a CLI starting meanwhile never reads half a cache.
// A cache that cannot be written (a read-only install) is only a slower next start.
if (writing)
  process.once('exit', () => {
    try {
      writeFileSync(`${cacheFile}.tmp`, script.createCachedData());
      renameSync(`${cacheFile}.tmp`, cacheFile);
    } catch (error) {
      process.stderr.write(`liaison-sim: no code cache written: ${(error as Error).message}\n`);
    }
  });

// With LIAISON_DEBUG set, a start that compiled from source says so (a test holds the build's
// own cache to being used: one V8 refused would only make every start slower, silently).
if (process.env['LIAISON_DEBUG'] && !writing && script.cachedDataRejected !== false)
  process.stderr.write('liaison-sim: started without its code cache\n');

const module = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void)(
  module.exports,
  createRequire(program),
  module,
  program,
  dirname(program),
  // The program loads the terminal UI's libraries, an ES module, through this (a script
  // compiled by node:vm has no import() of its own).
  (path: string) => import(new URL(path, pathToFileURL(program)).href),
);
