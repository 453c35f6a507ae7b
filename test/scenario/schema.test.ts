import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchemaText } from '../../src/scenario/schema.js';

describe('the published JSON Schema', () => {
  it('is exactly what the zod schema generates (regenerate with: node dist/cli.js schema > scenarios/scenario.schema.json)', () => {
    expect(readFileSync('scenarios/scenario.schema.json', 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('is draft-07, strict about keys, and describes the events editors may suggest', () => {
    const schema = JSON.parse(scenarioJsonSchemaText());
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['id', 'title', 'start', 'parties', 'channels', 'events']);
    const event = schema.properties.events.items;
    expect(event.additionalProperties).toBe(false);
    expect(event.properties.do.enum).toContain('withdraw-staff');
    expect(event.properties.do.enum).toContain('stop-answering');
  });
});
