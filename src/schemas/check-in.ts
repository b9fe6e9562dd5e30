import { z } from 'zod';
import { Id, IsoDate, SampleFlag, ShortText, Text } from './common.ts';

/** A quarter such as 2026-Q4. */
export const Quarter = z.string().regex(/^\d{4}-Q[1-4]$/, { error: 'must be a quarter like 2026-Q4' });

export const Goal = z.object({
  id: Id,
  text: ShortText.min(1, { error: 'must not be empty' }),
  status: z.enum(['not-started', 'on-track', 'at-risk', 'done', 'dropped']).default('not-started'),
});

/** A quarterly growth conversation with one person. */
export const CheckIn = z.object({
  id: Id,
  personId: Id,
  quarter: Quarter,
  date: IsoDate,
  strengths: Text.default(''),
  toImprove: Text.default(''),
  stretch: Text.default(''),
  goals: z.array(Goal).default([]),
  feedbackAsked: Text.default(''),
  feedbackGiven: Text.default(''),
  /** Energy and engagement, 1 (drained) to 5 (thriving). */
  energy: z.number().int().min(1).max(5).optional(),
  sample: SampleFlag,
});
export type CheckIn = z.infer<typeof CheckIn>;
