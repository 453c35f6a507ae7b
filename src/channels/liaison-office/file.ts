import * as z from 'zod';
import type { LiaisonOfficeSpec } from '../../model/scenario.js';
import { between, checks, headCounts, initialHistory, text } from '../../scenario/fields.js';
import { own } from '../../model/own.js';
import type { KindFile } from '../kind.js';

const initial = z.strictObject({
  ...initialHistory,
  facility: z.enum(['not-open', 'operating', 'suspended', 'demolished']).optional(),
  staff: headCounts.optional().meta({ description: 'Head count now: 0 = withdrawn' }),
});

const entry = z.strictObject({
  kind: z.literal('liaison-office'),
  name: text,
  between,
  staff: headCounts.meta({ description: 'The full complement of each side' }),
  initial: initial
    .optional()
    .meta({ description: 'State at the start (default: operating, everyone present)' }),
  checks: checks.optional(),
});

export const officeFile: KindFile<LiaisonOfficeSpec, typeof entry> = {
  entry,
  initial,
  toSpec: (e, base) => {
    const staff = Object.fromEntries(base.between.map((party) => [party, own(e.staff, party)!]));
    const present = e.initial?.staff ?? {};
    return {
      ...base,
      kind: 'liaison-office',
      staff,
      initial: {
        facility: e.initial?.facility ?? 'operating',
        staff: Object.fromEntries(
          base.between.map((party) => [party, own(present, party) ?? own(staff, party)!]),
        ),
      },
    };
  },
  toEntry: (spec) => {
    const { facility, staff } = spec.initial;
    return {
      lead: {},
      body: { staff: { ...spec.staff } },
      initial: {
        ...(facility === 'operating' ? {} : { facility }),
        ...(spec.between.some((party) => own(staff, party) !== own(spec.staff, party))
          ? { staff: { ...staff } }
          : {}),
      },
    };
  },
};
