import * as z from 'zod';
import { between, checks, initialHistory, key, text } from '../../scenario/fields.js';
import type { KindFile } from '../kind.js';
import type { RelaySpec } from './spec.js';

const initial = z.strictObject({
  ...initialHistory,
  relaying: z
    .boolean()
    .optional()
    .meta({ description: 'Whether the relaying party passes messages on (default: true)' }),
  line: z.enum(['working', 'broken']).optional(),
  unused: z.array(key).optional().meta({ description: 'Ends that do not use the line' }),
});

const entry = z.strictObject({
  kind: z.literal('relay'),
  name: text,
  between,
  via: key.meta({ description: 'The relaying party, e.g. a UN command or the Red Cross' }),
  checks: checks.optional(),
  initial: initial
    .optional()
    .meta({ description: 'State at the start (default: relaying, working, both using it)' }),
});

export const relayFile: KindFile<RelaySpec, typeof entry> = {
  entry,
  initial,
  toSpec: (e, base) => ({
    ...base,
    kind: 'relay',
    via: e.via,
    initial: {
      relaying: e.initial?.relaying ?? true,
      line: e.initial?.line ?? 'working',
      unused: e.initial?.unused ?? [],
    },
  }),
  toEntry: (spec) => ({
    lead: {},
    body: { via: spec.via },
    initial: {
      ...(spec.initial.relaying ? {} : { relaying: false }),
      ...(spec.initial.line === 'working' ? {} : { line: spec.initial.line }),
      ...(spec.initial.unused.length > 0 ? { unused: [...spec.initial.unused] } : {}),
    },
  }),
};
