import { z } from 'zod';
import { Id, IsoDate, SampleFlag, Text, UpdatedAt } from './common.ts';
import { Quarter } from './quarter.ts';

export { Quarter };

/** A quarterly growth conversation with one person. */
export const CheckIn = z.object({
  id: Id,
  personId: Id,
  quarter: Quarter,
  date: IsoDate,
  strengths: Text.default(''),
  toImprove: Text.default(''),
  stretch: Text.default(''),
  /** The person's goals this check-in discussed (Goal records, which outlive the quarter). */
  goalIds: z.array(Id).default([]),
  feedbackAsked: Text.default(''),
  feedbackGiven: Text.default(''),
  /** Energy and engagement, 1 (drained) to 5 (thriving). */
  energy: z.number().int().min(1).max(5).optional(),
  sample: SampleFlag,
  updatedAt: UpdatedAt,
});
export type CheckIn = z.infer<typeof CheckIn>;
