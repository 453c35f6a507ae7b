import { describe, expect, it } from 'vitest';
import { NO_MARK, planRow } from '../../src/ui/row-layout.js';

const reason = 'North staff withdrawn since 22 Mar 2019 10:00';
const was = '≠ history: was OPEN';
const mark = { long: was, short: '≠' };
const detail = 'South 20 present · North withdrawn';

describe('a channel row', () => {
  it('wraps its reason onto the second line before cutting it', () => {
    const plan = planRow(reason, NO_MARK, detail, { lines: 2, first: 41, below: 70 });
    expect(plan.reason).toBe('North staff withdrawn since 22 Mar 2019');
    expect(plan.second).toMatchObject({ reason: '10:00', detail });
  });

  it('keeps the whole reason when the "≠ history" mark is shown: the mark moves, the reason stays', () => {
    const plan = planRow(reason, mark, detail, { lines: 2, first: 41, below: 70 });
    expect(`${plan.reason} ${plan.second!.reason}`).toBe(reason);
    expect(plan.second!.was).toBe(was);
    const roomy = planRow(reason, mark, detail, { lines: 2, first: 70, below: 70 });
    expect(roomy).toMatchObject({ reason, was });
  });

  it('on one line, shortens the mark to ≠ and cuts the reason for it, never drops it', () => {
    const plan = planRow(reason, mark, detail, { lines: 1, first: 50, below: 0 });
    expect(plan).toMatchObject({ reason, was: '≠' });
    const narrow = planRow(reason, mark, detail, { lines: 1, first: 40, below: 0 });
    expect(narrow).toMatchObject({ reason: `${reason.slice(0, 37)}…`, was: '≠' });
    expect(planRow(reason, mark, detail, { lines: 1, first: 70, below: 0 })).toMatchObject({ reason, was });
    expect(planRow(reason, NO_MARK, detail, { lines: 1, first: 20, below: 0 }).reason).toMatch(/…$/);
  });

  describe('presenting: words whole, shortened by whole words, or left out; never cut', () => {
    /** `shown` is the reason up to the end of a word, then "…". */
    const byWords = (shown: string) => {
      expect(shown).toMatch(/\S…$/);
      const kept = shown.slice(0, -1);
      expect(reason.startsWith(kept) && reason[kept.length] === ' ', shown).toBe(true);
    };

    it('on one line, shortens a reason that does not fit by whole words, or leaves it out for the mark', () => {
      byWords(planRow(reason, NO_MARK, detail, { lines: 1, first: 20, below: 0, whole: true }).reason);
      expect(planRow(reason, mark, detail, { lines: 1, first: 10, below: 0, whole: true })).toMatchObject({
        reason: '',
        was: '≠',
      });
      const shortened = planRow(reason, mark, detail, { lines: 1, first: 20, below: 0, whole: true });
      byWords(shortened.reason);
      expect(shortened.was).toBe('≠');
      expect(planRow(reason, NO_MARK, detail, { lines: 1, first: 50, below: 0, whole: true }).reason).toBe(
        reason,
      );
    });

    it('on two lines, shortens the rest of a reason by whole words, and keeps the detail whole or not at all', () => {
      const plan = planRow(reason, NO_MARK, detail, { lines: 2, first: 20, below: 20, whole: true });
      byWords(`${plan.reason} ${plan.second!.reason}`);
      expect(plan.second!.detail).toBe('');
      const fits = planRow(reason, NO_MARK, detail, { lines: 2, first: 41, below: 70, whole: true });
      expect(`${fits.reason} ${fits.second!.reason}`).toBe(reason);
      expect(fits.second!.detail).toBe(detail);
    });

    it('on the lines below, the short mark stands in where the long one does not fit', () => {
      const two = planRow(reason, mark, detail, { lines: 2, first: 20, below: 15 });
      expect(two.second!.was).toBe('≠');
      const three = planRow(reason, mark, detail, { lines: 3, first: 20, below: 15 });
      expect(three.third!.was).toBe('≠');
    });

    it('on three lines, a long reason takes both lines below as reason, not as a dimmed detail', () => {
      const wraps = planRow(reason, NO_MARK, detail, { lines: 3, first: 30, below: 30, whole: true });
      expect(`${wraps.second!.reason} ${wraps.third!.reason}`).toBe(reason);
      expect(wraps.third!.detail).toBe('');
      const longer = planRow(reason, NO_MARK, detail, { lines: 3, first: 30, below: 15, whole: true });
      byWords(`${longer.second!.reason} ${longer.third!.reason}`);
    });
  });
});
