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
});
