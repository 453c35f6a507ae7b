import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { sameShapeChecker } from '../../src/scenario/sameShape.js';
import { checkEvents, scenarioFileSchema } from '../../src/scenario/schema.js';

describe('sameShapeChecker', () => {
  const schema = z.strictObject({
    name: z.string().min(1),
    count: z.number().int().optional(),
    loud: z
      .string()
      .transform((text) => text.toUpperCase())
      .optional(),
    tags: z.array(z.string()).optional(),
  });
  const check = sameShapeChecker<z.output<typeof schema>>(schema);

  it('gives what zod gives for each object, or null when zod refuses any', () => {
    const items = [
      { name: 'a' },
      { name: 'a', count: 2 },
      { name: 'b', loud: 'x' },
      { name: 'a', tags: ['t'] },
    ];
    expect(check(items)).toEqual(items.map((item) => schema.parse(item)));
    // The same objects where nothing changes; a transformed field gives a new one.
    const checked = check(items)!;
    expect(checked[0]).toBe(items[0]);
    expect(checked[2]).toEqual({ name: 'b', loud: 'X' });
    expect(items[2]!.loud).toBe('x');
    for (const wrong of [
      { name: '' },
      { count: 2 },
      { name: 'a', count: 1.5 },
      { name: 'a', extra: 1 },
      { name: 'a', tags: [1] },
      null,
      ['a'],
      'a',
    ])
      expect(check([{ name: 'a' }, wrong])).toBeNull();
  });

  it('checks a repeated value once, and remembers refusals as well', () => {
    expect(
      check([
        { name: 'a', count: 1 },
        { name: 'a', count: 1 },
      ]),
    ).not.toBeNull();
    expect(check([{ name: 'a', count: 1.5 }])).toBeNull();
    expect(check([{ name: 'a', count: 1.5 }])).toBeNull();
    expect(check([{ name: 'a', count: 1 }])).not.toBeNull();
  });

  it('takes only a strict object without checks of its own', () => {
    expect(() => sameShapeChecker(z.object({ a: z.string() }))).toThrow();
    expect(() => sameShapeChecker(z.strictObject({ a: z.string() }).refine(() => true) as never)).toThrow();
    expect(() => sameShapeChecker(z.strictObject({ toString: z.string() }))).toThrow();
  });
});

describe('checkEvents', () => {
  const event = scenarioFileSchema.shape.events.element;
  // The events' times are read apart (times.ts): here any text is a time.
  const eventAnyTime = event.extend({ at: z.string() });
  const value = fc.oneof(
    fc.constantFrom(
      'north',
      'line',
      'withdraw-staff',
      'both',
      'historical',
      'closed',
      '',
      'Bad Id',
      3,
      0,
      1.5,
    ),
    fc.constantFrom(null, true, ['line'], ['line', 'office'], [], { line: 'closed' }, { line: 'nope' }),
    fc.constantFrom({ reachable: true }, { 'last-link': null }, { 'last-link': ['line'] }, { odd: 1 }),
  );
  const key = fc.constantFrom(
    'at',
    'side',
    'channel',
    'do',
    'count',
    'cause',
    'narrate',
    'source',
    'tag',
    'expect',
    'reach',
    'odd',
  );
  const item = fc
    .tuple(fc.dictionary(key, value, { maxKeys: 6 }), fc.boolean())
    .map(([fields, timed]) => (timed ? { ...fields, at: '2019-03-22T10:00+09:00' } : fields));

  it('takes exactly the events the schema takes, and gives the same data', () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.array(item, { maxLength: 4 }), (items) => {
        const zod = z.array(eventAnyTime).safeParse(items);
        const checked = checkEvents(items);
        expect(checked !== null).toBe(zod.success);
        if (zod.success) expect(checked).toEqual(zod.data);
        if (zod.success && items.length > 0) taken++;
      }),
      { numRuns: 2000 },
    );
    expect(taken).toBeGreaterThan(20);
  });
});
