import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

// eslint-disable-next-line no-control-regex -- a raw control byte is what must not get out
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('export -o with control characters in the path', () => {
  it('names the path with them visible, when it writes and when it refuses', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-path-'));
    let stderr = '';
    const exportCommand = async (args: string[]) => {
      const result = await cli(['export', ...args]);
      stderr += result.stderr;
      return result.code;
    };
    try {
      const path = join(dir, 'title\u001b]0;x\u0007.md');
      expect(await exportCommand(['march-2019-withdrawal', '--format', 'md', '-o', path])).toBe(0);
      expect(await exportCommand(['march-2019-withdrawal', '--format', 'md', '-o', path])).toBe(2);
      writeFileSync(join(dir, 'x'), '');
      expect(
        await exportCommand(['march-2019-withdrawal', '-f', 'md', '-o', join(dir, 'x', '\u001b[2J.md')]),
      ).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(stderr).toContain('title␛]0;x␇.md');
    expect(stderr.split('\n').filter((l) => l.includes('␛')).length).toBe(3);
    expect(stderr).not.toMatch(RAW_CONTROL);
  });
});
