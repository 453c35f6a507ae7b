import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { userFolder } from '../../src/commands/io.js';

const ROOT = join('/srv', 'liaison-sim');
/** What npm sets when `npm start` of the package at ROOT is typed in `typedIn`. */
const npmEnv = (typedIn: string) => ({ INIT_CWD: typedIn, npm_package_json: join(ROOT, 'package.json') });

describe('the folder paths are relative to', () => {
  it('is the one the user typed `npm start` in, not the package root npm runs it in', () => {
    expect(userFolder(npmEnv('/home/teacher/lessons'), ROOT)).toBe('/home/teacher/lessons');
  });

  it('is the working folder when run directly (no INIT_CWD), or typed in the package root', () => {
    expect(userFolder({}, ROOT)).toBe(ROOT);
    expect(userFolder(npmEnv(ROOT), ROOT)).toBe(ROOT);
  });

  it('ignores an INIT_CWD inherited by a program an npm script started in another folder', () => {
    // `npm test` in the package, then a test runs the CLI in a temporary folder.
    expect(userFolder(npmEnv(ROOT), '/tmp/case')).toBe('/tmp/case');
    expect(userFolder({ INIT_CWD: '/home/teacher' }, '/tmp/case')).toBe('/tmp/case');
  });
});
