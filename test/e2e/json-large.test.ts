import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manyChecksYaml } from '../../bench/files.js';

const CLI = process.env.LIAISON_CLI ?? 'dist/cli.js';
/** The CLI's whole heap for this run: smaller than the JSON it prints. */
const HEAP_MB = 40;

describe('run --json on a scenario whose JSON is larger than the heap', () => {
  it('prints it whole, as valid JSON, within a heap smaller than the output', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'liaison-json-')), 'many-checks.yaml');
    writeFileSync(file, manyChecksYaml(35));
    const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, CLI, 'run', '--json', file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const output = Buffer.concat(chunks);
    expect(output.length).toBeGreaterThan(HEAP_MB * 1024 * 1024);
    const report = JSON.parse(output.toString('utf8')) as {
      frames: { index: number; checks: unknown[] }[];
      summary: { frames: number; checks: number };
      debrief: unknown;
    };
    expect(report.summary.checks).toBeGreaterThan(3000);
    expect(report.frames).toHaveLength(report.summary.frames);
    expect(report.frames.map((f) => f.index)).toEqual(report.frames.map((_, i) => i));
    expect(report.debrief).toBeDefined();
  }, 120_000);
});
