import { describe, expect, it } from 'vitest';
import { cli as inProcess } from '../support/cli.js';

/** Runs the CLI in-process and returns its exit code and what it wrote to stderr. */
async function cli(...args: string[]) {
  const { code, stderr } = await inProcess(args);
  return { code, first: stderr.split('\n')[0]!, stderr };
}

// eslint-disable-next-line no-control-regex -- a raw control byte is what must not get out
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('command-line mistakes, in plain words', () => {
  it('suggests the command a typo meant', async () => {
    expect(await cli('plya')).toMatchObject({
      code: 2,
      first: 'liaison-sim: unknown command "plya"; did you mean play?',
    });
    expect((await cli('valdiate', 'x.yaml')).first).toBe(
      'liaison-sim: unknown command "valdiate"; did you mean validate?',
    );
  });

  it('names an unknown option and the one that was meant, not the parser API', async () => {
    const run = await cli('run', '--jsn', 'march-2019-withdrawal');
    expect(run).toMatchObject({
      code: 2,
      first: 'liaison-sim run: there is no option "--jsn"; did you mean --json?',
    });
    expect(run.stderr).not.toMatch(/positional|'--'/);
    expect((await cli('validate', '--strict', 'a.yaml')).first).toBe(
      'liaison-sim validate: there is no option "--strict"; this command takes --help, --lang',
    );
  });

  it('says an option needs a value, or takes none', async () => {
    expect((await cli('run', 'march-2019-withdrawal', '--at')).first).toBe(
      'liaison-sim run: --at needs a value after it',
    );
    expect((await cli('run', 'march-2019-withdrawal', '--json=yes')).first).toBe(
      'liaison-sim run: --json takes no value',
    );
    expect((await cli('schema', 'x')).first).toBe(
      'liaison-sim schema: unexpected argument "x": this command takes no scenario or file',
    );
  });

  it('lets no control byte from an argument reach the terminal', async () => {
    const osc = '\u001b]0;title\u0007';
    for (const args of [
      [osc],
      ['run', `--${osc}`, 'march-2019-withdrawal'],
      ['run', 'march-2019-withdrawal', '--at', osc],
      ['run', 'march-2019-withdrawal', '--lang', osc],
      ['export', 'march-2019-withdrawal', `--${osc}`],
    ]) {
      const { code, stderr } = await cli(...args);
      expect(code).toBe(2);
      expect(stderr).toContain('␛]0;title␇');
      expect(stderr).not.toMatch(RAW_CONTROL);
    }
  });
});
