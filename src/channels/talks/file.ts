import * as z from 'zod';
import { between, checks, initialHistory, key, text } from '../../scenario/fields.js';
import type { KindFile } from '../kind.js';
import type { TalksSpec } from './spec.js';

const initial = z.strictObject({
  ...initialHistory,
  forum: z.enum(['not-agreed', 'meeting', 'suspended']).optional(),
  boycotting: z.array(key).optional().meta({ description: 'Sides staying away from the sessions' }),
});

const entry = z.strictObject({
  kind: z.literal('talks'),
  name: text,
  between,
  checks: checks.optional().meta({ description: 'When sessions are due, at these local times' }),
  initial: initial.optional().meta({ description: 'State at the start (default: meeting, both attending)' }),
});

export const talksFile: KindFile<TalksSpec, typeof entry> = {
  entry,
  initial,
  toSpec: (e, base) => ({
    ...base,
    kind: 'talks',
    initial: { forum: e.initial?.forum ?? 'meeting', boycotting: e.initial?.boycotting ?? [] },
  }),
  toEntry: (spec) => ({
    lead: {},
    body: {},
    initial: {
      ...(spec.initial.forum === 'meeting' ? {} : { forum: spec.initial.forum }),
      ...(spec.initial.boycotting.length > 0 ? { boycotting: [...spec.initial.boycotting] } : {}),
    },
  }),
};
