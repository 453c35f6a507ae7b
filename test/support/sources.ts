import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The source folder. */
export const SRC = join(import.meta.dirname, '../../src');

/** Every TypeScript source file under `dir`. */
export const sourceFiles = (dir: string = SRC): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
