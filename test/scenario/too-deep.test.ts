import { describe, expect, it } from 'vitest';
import { MAX_FLOW_DEPTH, MAX_INDENT, tooDeepAt } from '../../src/scenario/readYaml.js';

const open = (n: number) => '['.repeat(n);

describe('tooDeepAt', () => {
  it('finds the bracket that nests one deeper than allowed', () => {
    const text = `a: ${open(MAX_FLOW_DEPTH + 1)}`;
    expect(tooDeepAt(text)).toBe(3 + MAX_FLOW_DEPTH);
    expect(tooDeepAt(`a: ${open(MAX_FLOW_DEPTH)}${']'.repeat(MAX_FLOW_DEPTH)}\nb: ${open(5)}`)).toBeNull();
  });

  it('does not count brackets in quoted text or comments, but an apostrophe in a word is no quote', () => {
    expect(tooDeepAt(`a: "${open(40)}"\nb: '${open(40)}'\n# ${open(40)}\nc: x # ${open(40)}`)).toBeNull();
    expect(tooDeepAt(`a: "say \\" ${open(40)}"`)).toBeNull();
    // "it's" opens no quote, so the brackets after it count.
    expect(tooDeepAt(`a: it's ${open(40)}`)).toBe(8 + MAX_FLOW_DEPTH);
    // A quote runs on over a line break; a comment ends with its line.
    expect(tooDeepAt(`a: "x\n${open(40)}"`)).toBeNull();
    expect(tooDeepAt(`# x\n${open(40)}`)).toBe(4 + MAX_FLOW_DEPTH);
  });

  it('finds the first line indented deeper than allowed, list dashes included', () => {
    expect(tooDeepAt(`a:\n${' '.repeat(MAX_INDENT)}b: 1\n`)).toBeNull();
    expect(tooDeepAt(`a:\n${' '.repeat(MAX_INDENT + 1)}b: 1\n`)).toBe(3);
    expect(tooDeepAt(`${'- '.repeat(MAX_INDENT / 2 + 1)}x`)).toBe(0);
  });
});
