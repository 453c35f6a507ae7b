import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

describe('a scenario file that is not UTF-8', () => {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-encoding-'));

  it('is refused at its first byte that is no UTF-8, with how to save it again', async () => {
    const path = join(dir, 'latin1.yaml');
    // "Séoul" in Latin-1 on line 2: é is the lone byte 0xE9.
    writeFileSync(
      path,
      Buffer.concat([Buffer.from('id: x\ntitle: S'), Buffer.from([0xe9]), Buffer.from('oul\n')]),
    );
    const { code, stderr } = await cli(['validate', path]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `${path}:2:9: this is not UTF-8 text (the file was saved in another encoding)\n` +
        '  hint: save the file again with the encoding UTF-8 (in most editors: Save As, then Encoding)\n',
    );
  });

  it("says a UTF-16 file is UTF-16, in the reader's language", async () => {
    const path = join(dir, 'utf16.yaml');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id: x\n', 'utf16le')]));
    const en = await cli(['validate', path]);
    expect(en.code).toBe(2);
    expect(en.stderr.split('\n')[0]).toBe(`${path}:1:1: the file is UTF-16 text; a scenario file is UTF-8`);
    const ko = await cli(['run', path, '--lang', 'ko']);
    expect(ko.code).toBe(2);
    expect(ko.stderr.split('\n')[0]).toBe(
      `${path}:1:1: 이 파일은 UTF-16 텍스트입니다; 시나리오 파일은 UTF-8이어야 합니다`,
    );
  });
});
