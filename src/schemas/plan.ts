import { z } from 'zod';
import { Id, IsoDate, Name, SampleFlag, UpdatedAt, ShortText } from './common.ts';

export const Phase = z.enum(['design', 'hire', 'learn', 'grow']);

/**
 * What in the workspace ticks a task by itself (src/domain/plan/ticks.ts), so the plan
 * follows what the manager really did. The two per-person ones need the task's person.
 */
export const PlanTick = z.enum([
  /** A getting-to-know-you 1:1 with the task's person is logged. */
  'first-one-on-one',
  /** The charter has a mission. */
  'charter',
  /** Every current person has a manager level in every capability (each has a target, its own or the default). */
  'matrix-rated',
  /** An opening has a loop whose checks find no problem. */
  'loop-owned',
  /** No system that one person (or nobody) knows is left without a Learn plan. */
  'bus-factor-plan',
  /** The learning margin is set. */
  'learning-margin',
  /** A check-in with the task's person is held on or after the plan's start. */
  'check-in',
]);
export type PlanTick = z.infer<typeof PlanTick>;

/** The pages a task's work is done on, when nothing ticks it (a ticked task links where its tick comes from). */
export const PlanPlace = z.enum(['design/charter', 'design/people', 'design/matrix', 'design/insights', 'design/one-on-ones', 'design/decisions', 'hire', 'hire/loops', 'learn', 'learn/systems', 'grow']);
export type PlanPlace = z.infer<typeof PlanPlace>;

export const PlanTask = z.object({
  id: Id,
  week: z.number().int().min(1).max(13),
  phase: Phase,
  title: ShortText.min(1, { error: 'must not be empty' }),
  personId: Id.optional(),
  /** Ticked by hand (a task that ticks itself can be ticked by hand too, for work Turbine does not see). */
  done: z.boolean().default(false),
  /** The day it was ticked by hand. */
  doneOn: IsoDate.optional(),
  ticks: PlanTick.optional(),
  where: PlanPlace.optional(),
});
export type PlanTask = z.infer<typeof PlanTask>;

/** A task every person gets, worded with `{person}` for their name: a person who joins later gets it too. */
export const PersonTaskTemplate = z.object({
  week: z.number().int().min(1).max(13),
  phase: Phase,
  title: ShortText.min(1, { error: 'must not be empty' }).refine((t) => t.includes('{person}'), { error: 'must say where the name goes, with {person}' }),
  ticks: PlanTick.optional(),
  where: PlanPlace.optional(),
});
export type PersonTaskTemplate = z.infer<typeof PersonTaskTemplate>;

/** A new manager's first-90-days plan, week by week across the four phases. */
export const NinetyDayPlan = z.object({
  id: Id,
  title: Name,
  /** Day 1 of week 1; every task is due at the end of its week, counted from here. */
  startDate: IsoDate,
  tasks: z.array(PlanTask).default([]),
  eachPerson: z.array(PersonTaskTemplate).default([]),
  sample: SampleFlag,
  updatedAt: UpdatedAt,
});
export type NinetyDayPlan = z.infer<typeof NinetyDayPlan>;
