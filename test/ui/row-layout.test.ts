import { describe, expect, it } from 'vitest';
import { planRow } from '../../src/ui/row-layout.js';

const reason = 'North staff withdrawn since 22 Mar 2019 10:00';
const was = '≠ history: was OPEN';
const detail = 'South 20 present · North withdrawn';

describe('a channel row', () => {
  it('wraps its reason onto the second line before cutting it', () => {
    const plan = planRow(reason, '', detail, { lines: 2, first: 41, below: 70 });
    expect(plan.reason).toBe('North staff withdrawn since 22 Mar 2019');
    expect(plan.second).toMatchObject({ reason: '10:00', detail });
  });

  it('keeps the whole reason when the "≠ history" mark is shown: the mark moves, the reason stays', () => {
    const plan = planRow(reason, was, detail, { lines: 2, first: 41, below: 70 });
    expect(`${plan.reason} ${plan.second!.reason}`).toBe(reason);
    expect(plan.second!.was).toBe(was);
    const roomy = planRow(reason, was, detail, { lines: 2, first: 70, below: 70 });
    expect(roomy).toMatchObject({ reason, was });
  });

  it('on one line, drops the mark before it cuts the reason', () => {
    const plan = planRow(reason, was, detail, { lines: 1, first: 50, below: 0 });
    expect(plan).toMatchObject({ reason, was: '' });
    expect(planRow(reason, '', detail, { lines: 1, first: 20, below: 0 }).reason).toMatch(/…$/);
  });

  describe('presenting: words whole or left out, never cut', () => {
    it('on one line, leaves out a reason that does not fit, and shows the mark in its room', () => {
      expect(planRow(reason, '', detail, { lines: 1, first: 20, below: 0, whole: true })).toMatchObject({
        reason: '',
        was: '',
      });
      expect(planRow(reason, was, detail, { lines: 1, first: 30, below: 0, whole: true })).toMatchObject({
        reason: '',
        was,
      });
      expect(planRow(reason, '', detail, { lines: 1, first: 50, below: 0, whole: true }).reason).toBe(reason);
    });

    it('on two lines, leaves out a reason that needs more, and keeps the detail whole or not at all', () => {
      const plan = planRow(reason, '', detail, { lines: 2, first: 20, below: 20, whole: true });
      expect(plan.reason).toBe('');
      expect(plan.second).toMatchObject({ reason: '', detail: '' });
      const fits = planRow(reason, '', detail, { lines: 2, first: 41, below: 70, whole: true });
      expect(`${fits.reason} ${fits.second!.reason}`).toBe(reason);
      expect(fits.second!.detail).toBe(detail);
    });

    it('on three lines, a long reason takes both lines below; longer still, it is left out', () => {
      const wraps = planRow(reason, '', detail, { lines: 3, first: 30, below: 30, whole: true });
      expect(`${wraps.second!.reason} ${wraps.third!.detail}`).toBe(reason);
      const none = planRow(reason, '', detail, { lines: 3, first: 30, below: 15, whole: true });
      expect(none.second!.reason).toBe('');
      expect(JSON.stringify(none)).not.toContain('…');
    });
  });
});
