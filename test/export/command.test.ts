import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportCommand } from '../../src/commands/export.js';
import { formatFromPath } from '../../src/export/exportScenario.js';
import { parseXml } from './wellFormed.js';

let out = '';
let err = '';
beforeEach(() => {
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

const dir = mkdtempSync(join(tmpdir(), 'liaison-export-'));

describe('liaison-sim export', () => {
  it('prints an SVG of a bundled scenario to stdout', async () => {
    expect(await exportCommand(['march-2019-withdrawal', '--format', 'svg'])).toBe(0);
    expect(parseXml(out).problems).toEqual([]);
    expect(out).toContain('North Korea pulls its staff');
  });

  it('prints the handout and the diagrams', async () => {
    expect(await exportCommand(['march-2019-withdrawal', '--format', 'md'])).toBe(0);
    expect(out).toMatch(/^# North Korea pulls its staff/);
    expect(out).toContain('## Debrief');
    out = '';
    expect(await exportCommand(['march-2019-withdrawal', '-f', 'mermaid'])).toBe(0);
    expect(out).toContain('stateDiagram-v2');
  });

  it('writes to a file, and refuses to replace it without --force', async () => {
    const file = join(dir, 'chart.svg');
    expect(await exportCommand(['march-2019-withdrawal', '-o', file])).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^<\?xml/);
    expect(out).toBe('');
    writeFileSync(file, 'mine');
    expect(await exportCommand(['march-2019-withdrawal', '--format', 'svg', '-o', file])).toBe(2);
    expect(err).toContain(`${file} already exists; choose another name or add --force to replace it`);
    expect(readFileSync(file, 'utf8')).toBe('mine');
    expect(await exportCommand(['march-2019-withdrawal', '--format', 'svg', '-o', file, '--force'])).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^<\?xml/);
  });

  it('reports a broken scenario at its line and column, with exit 2', async () => {
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, 'id: broken\ntitle: [unclosed\n');
    expect(await exportCommand([file, '--format', 'md'])).toBe(2);
    expect(err).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: `, 'm'));
    expect(out).toBe('');
  });

  it('rejects usage errors with exit 2', async () => {
    expect(await exportCommand(['march-2019-withdrawal', '--format', 'png'])).toBe(2);
    expect(err).toContain('unknown format "png"; choose svg, md, mermaid');
    expect(await exportCommand(['march-2019-withdrawal'])).toBe(2);
    expect(err).toContain('say which format');
    expect(await exportCommand(['--format', 'svg'])).toBe(2);
    expect(await exportCommand(['march-2019-withdrawal', '--format', 'svg', '--colour'])).toBe(2);
    expect(err).toContain("Unknown option '--colour'");
  });

  it('infers the format from the file name', () => {
    expect(formatFromPath('out/handout.MD')).toBe('md');
    expect(formatFromPath('machines.mmd')).toBeNull();
    expect(formatFromPath('chart.png')).toBeNull();
  });
});
