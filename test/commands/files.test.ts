import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/scenario/load.js';

import { cli as inProcess } from '../support/cli.js';

/** The CLI in-process (test/e2e/cli.test.ts gives it a shell pipe as /dev/stdin). */
const cli = (...args: string[]) => inProcess(args);

describe('scenario paths that are not regular files, or too large', () => {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-files-'));
  const readFromFile =
    '  hint: a scenario is read from a regular file: save the text as a .yaml file and name that';

  it('refuses /dev/zero instead of reading it for ever', async () => {
    expect(await cli('validate', '/dev/zero')).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `/dev/zero:1:1: not a regular file (a character device)\n${readFromFile}\n`,
    });
  });

  it('refuses a FIFO instead of waiting for a writer that never comes', async () => {
    const fifo = join(dir, 'scenario.yaml');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(await cli('validate', fifo)).toMatchObject({
      code: 2,
      stderr: `${fifo}:1:1: not a regular file (a FIFO or pipe)\n${readFromFile}\n`,
    });
  });

  it('refuses a directory, whatever the command', async () => {
    expect(await cli('run', dir)).toMatchObject({
      code: 2,
      stderr: `${dir}:1:1: not a regular file (a directory)\n  hint: name a .yaml file inside it\n`,
    });
  });

  it('refuses a file one byte over 16 MiB, and reads one at exactly 16 MiB', async () => {
    const over = join(dir, 'over.yaml');
    writeFileSync(over, `#${' '.repeat(MAX_FILE_BYTES)}`);
    expect(await cli('validate', over)).toMatchObject({
      code: 2,
      stderr: `${over}:1:1: the file is 16,777,217 bytes; a scenario file may be at most 16 MiB (16,777,216 bytes), so it was not read\n`,
    });
    const limit = join(dir, 'limit.yaml');
    writeFileSync(limit, `#${' '.repeat(MAX_FILE_BYTES - 1)}`);
    expect((await cli('validate', limit)).stderr).not.toContain('MiB');
  });
});
