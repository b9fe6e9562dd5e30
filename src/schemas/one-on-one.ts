import { z } from 'zod';
import { Id, IsoDate, SampleFlag, UpdatedAt, ShortText, Text } from './common.ts';

export const ActionItem = z.object({
  id: Id,
  text: ShortText,
  owner: ShortText.default(''),
  done: z.boolean().default(false),
});

/** One 1:1 conversation with a person. */
export const OneOnOne = z.object({
  id: Id,
  personId: Id,
  date: IsoDate,
  kind: z.enum(['getting-to-know-you', 'regular']).default('regular'),
  notes: Text.default(''),
  actionItems: z.array(ActionItem).default([]),
  nextDate: IsoDate.optional(),
  sample: SampleFlag,
  updatedAt: UpdatedAt,
});
export type OneOnOne = z.infer<typeof OneOnOne>;
