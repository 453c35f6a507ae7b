import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBoundedFile } from '../../src/io/readBounded.js';

describe('readBoundedFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-read-'));

  it('reads a regular file up to and including the limit', () => {
    const path = join(dir, 'ten.yaml');
    writeFileSync(path, 'é23456789');
    expect(readBoundedFile(path, 10)).toEqual({ ok: true, text: 'é23456789' });
  });

  it('refuses a file that says it is too large, before reading it', () => {
    const path = join(dir, 'eleven.yaml');
    writeFileSync(path, '01234567890');
    expect(readBoundedFile(path, 10)).toEqual({ ok: false, reason: 'too-large', bytes: 11 });
  });

  it('stops at the limit when the size a file claims is wrong (/proc claims 0 bytes)', () => {
    expect(readBoundedFile('/proc/self/maps', 64)).toEqual({ ok: false, reason: 'too-large', bytes: null });
  });

  it('names what sits at a path that is not a regular file, without opening it', () => {
    expect(readBoundedFile('/dev/zero', 10)).toEqual({
      ok: false,
      reason: 'not-regular',
      kind: 'character-device',
    });
    expect(readBoundedFile(dir, 10)).toEqual({ ok: false, reason: 'not-regular', kind: 'directory' });
  });

  it('throws the system error for a missing file', () => {
    expect(() => readBoundedFile(join(dir, 'missing.yaml'), 10)).toThrow(
      expect.objectContaining({ code: 'ENOENT' }),
    );
  });
});
