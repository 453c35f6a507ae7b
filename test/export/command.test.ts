import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatFromPath, otherFormatNamed } from '../../src/export/exportScenario.js';
import { loadScenario } from '../../src/scenario/load.js';
import { cli } from '../support/cli.js';
import { parseXml } from './wellFormed.js';

let out = '';
let err = '';
beforeEach(() => {
  out = '';
  err = '';
});

/** `liaison-sim export ...args` in-process; what it writes adds to out and err. */
async function exportCommand(args: string[]): Promise<number> {
  const result = await cli(['export', ...args]);
  out += result.stdout;
  err += result.stderr;
  return result.code;
}

const dir = mkdtempSync(join(tmpdir(), 'liaison-export-'));

describe('liaison-sim export', () => {
  it('takes -o - for stdout, and writes no file named "-"', async () => {
    const result = await cli(['export', 'march-2019-withdrawal', '--format', 'md', '-o', '-'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# North Korea pulls its staff/);
    expect(result.stderr).toBe('');
    expect(existsSync(join(dir, '-'))).toBe(false);
  });

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
    expect(err).toContain('unknown format "png"; choose svg, md, html, mermaid');
    expect(await exportCommand(['march-2019-withdrawal'])).toBe(2);
    expect(err).toContain('say which format');
    expect(await exportCommand(['--format', 'svg'])).toBe(2);
    expect(await exportCommand(['march-2019-withdrawal', '--format', 'svg', '--colour'])).toBe(2);
    expect(err).toContain('there is no option "--colour"; this command takes --format');
  });

  it('writes the HTML handout, and the answer key with --answers', async () => {
    const students = join(dir, 'handout.html');
    const key = join(dir, 'key.html');
    expect(await exportCommand(['reopening-2018', '-o', students])).toBe(0);
    expect(await exportCommand(['reopening-2018', '-o', key, '--answers'])).toBe(0);
    const page = readFileSync(students, 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(page).toContain('Students&apos; version');
    expect(page).not.toContain('Only pick up the phone.');
    expect(readFileSync(key, 'utf8')).toContain('Only pick up the phone.');
  });

  it('prints a command that works for the scenario as the teacher named it', async () => {
    // A teacher's own file: the handout names its path, never its id.
    const file = join(dir, 'my lesson.yaml');
    writeFileSync(file, readFileSync('test/fixtures/valid/withdrawal.yaml', 'utf8'));
    for (const [arg, format] of [
      [file, 'md'],
      [file, 'html'],
      ['reopening-2018', 'md'],
    ] as const) {
      out = '';
      expect(await exportCommand([arg, '--format', format])).toBe(0);
      const text = out.replace(/&apos;/g, "'").replace(/&amp;/g, '&');
      const command = /liaison-sim play ('[^']*'|\S+?)(?=`|<)/.exec(text)?.[1];
      const named = command?.startsWith("'") ? command.slice(1, -1) : command;
      expect(named).toBe(arg);
      expect(loadScenario(named!).ok).toBe(true);
    }
  });

  it('infers the format from the file name', () => {
    expect(formatFromPath('out/handout.MD')).toBe('md');
    expect(formatFromPath('print/handout.html')).toBe('html');
    expect(formatFromPath('machines.mmd')).toBeNull();
    expect(formatFromPath('chart.png')).toBeNull();
  });

  it("knows every format's natural file endings: Markdown ones hold mermaid's Markdown too", () => {
    for (const path of ['m.md', 'm.MARKDOWN', 'm.mmd', 'm.mermaid', 'out'])
      expect(otherFormatNamed(path, 'mermaid')).toBeNull();
    for (const path of ['h.md', 'h.markdown', 'p.html', 'p.htm'])
      expect(otherFormatNamed(path, path.startsWith('h') ? 'md' : 'html')).toBeNull();
    expect(otherFormatNamed('c.svg', 'svg')).toBeNull();
    expect(otherFormatNamed('m.mmd', 'md')).toBe('mermaid');
    expect(otherFormatNamed('m.md', 'svg')).toBe('md');
    expect(otherFormatNamed('c.svg', 'mermaid')).toBe('svg');
    expect(otherFormatNamed('p.htm', 'mermaid')).toBe('html');
  });
});

describe('export: the scenario and the format', () => {
  it('says a missing scenario first, and the missing format too', async () => {
    const result = await cli(['export', 'nonexistent']);
    expect(result.code).toBe(2);
    const lines = result.stderr.split('\n');
    expect(lines[0]).toBe('nonexistent: no such file, and no bundled scenario has this id');
    expect(result.stderr).toContain('say which format: --format svg|md|html|mermaid');
    expect(result.stdout).toBe('');
  });

  it('warns when --format writes another format than the -o name says, and writes what --format asks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'liaison-export-ext-'));
    const result = await cli(['export', 'reopening-2018', '-o', join(dir, 'y.svg'), '--format', 'html']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      `warning: "${join(dir, 'y.svg')}" is named like svg, but --format html writes html into it`,
    );
    expect(readFileSync(join(dir, 'y.svg'), 'utf8')).toMatch(/^<!doctype html>/i);
    const plain = await cli(['export', 'reopening-2018', '-o', join(dir, 'z.svg'), '--format', 'svg']);
    expect(plain.stderr).not.toContain('warning');
    for (const name of ['m.md', 'm.markdown', 'm.mmd']) {
      const mermaid = await cli(['export', 'reopening-2018', '--format', 'mermaid', '-o', join(dir, name)]);
      expect(mermaid.code).toBe(0);
      expect(mermaid.stderr).not.toContain('warning');
      expect(readFileSync(join(dir, name), 'utf8')).toContain('```mermaid');
    }
    const diagramAsHandout = await cli([
      'export',
      'reopening-2018',
      '--format',
      'md',
      '-o',
      join(dir, 'h.mmd'),
    ]);
    expect(diagramAsHandout.stderr).toContain(
      `warning: "${join(dir, 'h.mmd')}" is named like mermaid, but --format md writes md into it`,
    );
    const ko = await cli([
      'export',
      'reopening-2018',
      '-o',
      join(dir, 'k.md'),
      '--format',
      'html',
      '--lang',
      'ko',
    ]);
    expect(ko.stderr).toContain(`경고: 파일 이름 "${join(dir, 'k.md')}"의 확장자는 md 형식을 가리키지만`);
  });
});

describe('export speaks the scenario’s language once the scenario is read', () => {
  it('says the format mistakes of a lang: ko scenario in Korean, on an English locale', async () => {
    const env = { LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
    const unknown = await cli(['export', 'march-2019-withdrawal-ko', '--format', 'pdf'], { env });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/[가-힣]/);
    const answers = await cli(['export', 'march-2019-withdrawal-ko', '--format', 'svg', '--answers'], {
      env,
    });
    expect(answers.code).toBe(2);
    expect(answers.stderr).toMatch(/[가-힣]/);
  });
});
