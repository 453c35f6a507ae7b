import * as z from 'zod';
import { HOTLINE_CLASSES, type HotlineSpec } from '../../model/scenario.js';
import { between, checks, initialHistory, key, text } from '../../scenario/fields.js';
import type { KindFile } from '../kind.js';

const initial = z.strictObject({
  ...initialHistory,
  line: z.enum(['not-connected', 'working', 'degraded', 'broken']).optional(),
  silent: z.array(key).optional(),
  calls: z.union([z.enum(['on', 'off']), z.boolean()]).optional(),
});

const entry = z.strictObject({
  kind: z.literal('hotline'),
  class: z
    .enum(HOTLINE_CLASSES)
    .optional()
    .meta({ description: 'Who it joins: government, military, leaders, aviation, maritime or other' }),
  name: text,
  between,
  checks: checks.optional(),
  initial: initial
    .optional()
    .meta({ description: 'State at the start (default: working, both answering, calls on)' }),
});

export const hotlineFile: KindFile<HotlineSpec, typeof entry> = {
  entry,
  initial,
  toSpec: (e, base) => {
    const calls = e.initial?.calls;
    return {
      ...base,
      kind: 'hotline',
      class: e.class ?? 'other',
      initial: {
        line: e.initial?.line ?? 'working',
        silent: e.initial?.silent ?? [],
        calls: calls === undefined || calls === true || calls === 'on',
      },
    };
  },
  toEntry: (spec) => {
    const { line, silent, calls } = spec.initial;
    return {
      lead: { class: spec.class },
      body: {},
      initial: {
        ...(line === 'working' ? {} : { line }),
        ...(silent.length > 0 ? { silent: [...silent] } : {}),
        ...(calls ? {} : { calls: 'off' }),
      },
    };
  },
};
