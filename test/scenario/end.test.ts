import { describe, expect, it } from 'vitest';
import { scenarioEnd } from '../../src/scenario/convert.js';
import type { ScenarioFile } from '../../src/scenario/schema.js';

describe('scenarioEnd without an end', () => {
  it('is 23:59 on the day of the last event, however many events the file holds', () => {
    // More events than a call takes arguments (the size limit allows about 180,000).
    const events = Array.from({ length: 150_000 }, (_, i) => ({
      at: i === 149_998 ? '2017-02-10T23:00+09:00' : '2000-01-01T00:00+09:00',
    }));
    const file = {
      id: 'many',
      title: 'Many',
      start: '2000-01-01T00:00+09:00',
      parties: {},
      channels: {},
      events,
    } as unknown as ScenarioFile;
    expect(new Date(scenarioEnd(file)).toISOString()).toBe('2017-02-10T14:59:00.000Z'); // 23:59 at +09:00;
  });
});
