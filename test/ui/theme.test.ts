import { describe, expect, it } from 'vitest';
import { colorWanted } from '../../src/ui/theme.js';

// https://no-color.org: colour is off when NO_COLOR is present and not empty.
describe('colorWanted', () => {
  it('turns colour off for a non-empty NO_COLOR only', () => {
    expect(colorWanted({ NO_COLOR: '1' })).toBe(false);
    expect(colorWanted({ NO_COLOR: '' })).toBe(true);
    expect(colorWanted({})).toBe(true);
  });
});
