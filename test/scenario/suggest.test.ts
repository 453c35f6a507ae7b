import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from '../../src/scenario/suggest.js';

describe('did-you-mean', () => {
  it('counts a swap of neighbouring letters as one typo', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('nrth', 'north')).toBe(1);
    expect(editDistance('office', 'office')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests only what looks like a typo', () => {
    expect(closest('ofice', ['office', 'liaison'])).toBe('office');
    expect(closest('hotline', ['office', 'liaison'])).toBeNull();
    expect(closest('x', ['y'])).toBe('y');
  });

  it('lists the choices when none is close, and says what they are', () => {
    expect(didYouMean('militry', ['military'])).toBe('did you mean "military"?');
    expect(didYouMean('east', ['south', 'north'], 'declared parties')).toBe(
      'the declared parties are: south, north',
    );
    expect(didYouMean('zzz', [])).toBeUndefined();
  });
});
