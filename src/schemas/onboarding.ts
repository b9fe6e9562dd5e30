import { z } from 'zod';
import { Id, IsoDate, Name, SampleFlag, UpdatedAt, ShortText, Text } from './common.ts';

export const OnboardingPeriod = z.enum(['week-1', 'day-30', 'day-60', 'day-90']);
export const OnboardingItemType = z.enum(['read', 'pair', 'shadow', 'ship', 'present']);

export const OnboardingItem = z.object({
  id: Id,
  title: ShortText.min(1, { error: 'must not be empty' }),
  period: OnboardingPeriod,
  type: OnboardingItemType,
  capabilityId: Id.optional(),
  areaId: Id.optional(),
  buddyId: Id.optional(),
  due: IsoDate.optional(),
  status: z.enum(['todo', 'doing', 'done']).default('todo'),
  notes: Text.default(''),
});

/** Onboarding for a new hire, or for a member rotating into a part of the system they don't know. */
export const OnboardingPlan = z.object({
  id: Id,
  personId: Id,
  title: Name,
  kind: z.enum(['new-hire', 'rotation']).default('new-hire'),
  startDate: IsoDate,
  items: z.array(OnboardingItem).default([]),
  sample: SampleFlag,
  updatedAt: UpdatedAt,
});
export type OnboardingPlan = z.infer<typeof OnboardingPlan>;
