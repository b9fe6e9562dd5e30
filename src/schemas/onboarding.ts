import { z } from 'zod';
import { Id, IsoDate, Name, SampleFlag, UpdatedAt, ShortText, Text, WebLink } from './common.ts';

export const OnboardingPeriod = z.enum(['week-1', 'day-30', 'day-60', 'day-90']);
export type OnboardingPeriod = z.infer<typeof OnboardingPeriod>;
export const OnboardingItemType = z.enum(['read', 'pair', 'shadow', 'ship', 'present']);
export type OnboardingItemType = z.infer<typeof OnboardingItemType>;
/** Who does an item: the person learning, their buddy (e.g. sets up the pairing) or the manager (e.g. grants access). */
export const OnboardingItemOwner = z.enum(['learner', 'buddy', 'manager']);
export type OnboardingItemOwner = z.infer<typeof OnboardingItemOwner>;
export const OnboardingPlanKind = z.enum(['new-hire', 'rotation']);
export type OnboardingPlanKind = z.infer<typeof OnboardingPlanKind>;

/** Workdays from a plan's start to an item's due day (weekends skipped): about 18 months at most. */
export const WorkdayOffset = z.number().int({ error: 'must be a whole number of workdays' }).min(0).max(400);

/** A sub-step of an item, as a checklist's nested task list has them. */
export const OnboardingStep = z.object({
  title: ShortText.trim().min(1, { error: 'must not be empty' }),
  done: z.boolean().default(false),
});

/** What an item is, wherever it lives: in a template or in a person's plan. */
const itemFields = {
  title: ShortText.trim().min(1, { error: 'must not be empty' }),
  period: OnboardingPeriod,
  /** Due this many workdays after the plan's start, so moving the start moves the item. */
  offset: WorkdayOffset,
  type: OnboardingItemType,
  owner: OnboardingItemOwner.default('learner'),
  /** The heading it sat under in the checklist it came from, e.g. "Access requests". */
  section: ShortText.default(''),
  /** How we know it is done: a demo, a quiz question, a shipped change. */
  check: ShortText.default(''),
  /** Hours it should take, for the learning margin. */
  effortHours: z.number().min(0).max(200).optional(),
  steps: z.array(OnboardingStep).default([]),
  /** A page the item points at (a runbook, a handbook page). */
  url: WebLink.optional(),
  notes: Text.default(''),
};

export const OnboardingTemplateItem = z.object({ id: Id, ...itemFields });
export type OnboardingTemplateItem = z.infer<typeof OnboardingTemplateItem>;

export const OnboardingItem = z.object({
  id: Id,
  ...itemFields,
  capabilityId: Id.optional(),
  areaId: Id.optional(),
  systemId: Id.optional(),
  buddyId: Id.optional(),
  status: z.enum(['todo', 'doing', 'done']).default('todo'),
  /** The day it was done; kept after the plan ends, for the learning margin and the person's history. */
  completedOn: IsoDate.optional(),
});
export type OnboardingItem = z.infer<typeof OnboardingItem>;

/** Onboarding for a new hire, or for a member rotating into a part of the system they don't know. */
export const OnboardingPlan = z.object({
  id: Id,
  personId: Id,
  title: Name,
  kind: OnboardingPlanKind.default('new-hire'),
  startDate: IsoDate,
  /** The person's buddy for the whole plan; an item may name another. */
  buddyId: Id.optional(),
  /** What a rotation is into: a system, a capability, or both. */
  systemId: Id.optional(),
  capabilityId: Id.optional(),
  /** The template it was made from; editing the template later does not change the plan. */
  templateId: ShortText.optional(),
  items: z.array(OnboardingItem).default([]),
  sample: SampleFlag,
  updatedAt: UpdatedAt,
});
export type OnboardingPlan = z.infer<typeof OnboardingPlan>;

/**
 * A manager's own template: imported from a Markdown checklist or another manager's
 * template file, or saved from a plan. Built-in templates live in content/templates.
 */
export const OnboardingTemplate = z.object({
  id: Id,
  name: Name,
  kind: OnboardingPlanKind.default('new-hire'),
  description: Text.default(''),
  /** Where it came from, e.g. "Data Onboarding.md". */
  source: ShortText.default(''),
  items: z.array(OnboardingTemplateItem).default([]),
  sample: SampleFlag,
  updatedAt: UpdatedAt,
});
export type OnboardingTemplate = z.infer<typeof OnboardingTemplate>;
