import { z } from 'zod';
import { Id, IsoDate, Name, SampleFlag, UpdatedAt, ShortText } from './common.ts';

export const Phase = z.enum(['design', 'hire', 'learn', 'grow']);

export const PlanTask = z.object({
  id: Id,
  week: z.number().int().min(1).max(13),
  phase: Phase,
  title: ShortText.min(1, { error: 'must not be empty' }),
  personId: Id.optional(),
  done: z.boolean().default(false),
});

/** A new manager's first-90-days plan, week by week across the four phases. */
export const NinetyDayPlan = z.object({
  id: Id,
  title: Name,
  startDate: IsoDate,
  tasks: z.array(PlanTask).default([]),
  sample: SampleFlag,
  updatedAt: UpdatedAt,
});
export type NinetyDayPlan = z.infer<typeof NinetyDayPlan>;
