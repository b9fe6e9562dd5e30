import { z } from 'zod';
import { Id, IsoDate, Name, SampleFlag, UpdatedAt, ShortText, Text } from './common.ts';

export const DecisionStatus = z.enum(['proposed', 'decided', 'superseded']);

/** A short record someone can find in six months: what, why, who. */
export const Decision = z.object({
  id: Id,
  title: Name,
  context: Text.default(''),
  decided: Text.default(''),
  why: Text.default(''),
  decidedBy: ShortText.default(''),
  input: z.array(ShortText).default([]),
  date: IsoDate,
  status: DecisionStatus.default('decided'),
  sample: SampleFlag,
  updatedAt: UpdatedAt,
});
export type Decision = z.infer<typeof Decision>;
