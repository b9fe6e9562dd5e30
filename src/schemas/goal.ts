import { z } from 'zod';
import { Id, IsoDate, SampleFlag, ShortText, UpdatedAt } from './common.ts';
import { Quarter } from './quarter.ts';

export const GoalStatus = z.enum(['not-started', 'on-track', 'at-risk', 'done', 'dropped']);
export type GoalStatus = z.infer<typeof GoalStatus>;

/** One change of a goal's status, on the day it was recorded. */
export const GoalStatusChange = z.object({ status: GoalStatus, on: IsoDate });

/**
 * Something one person means to achieve. A goal is its own record so it can span
 * quarters without being copied: each check-in points at the goals it discussed.
 */
export const Goal = z.object({
  id: Id,
  personId: Id,
  text: ShortText.trim().min(1, { error: 'must not be empty' }),
  /** The quarter the goal was set in. */
  setIn: Quarter,
  /** The day it should be done by, if it has one. */
  due: IsoDate.optional(),
  status: GoalStatus.default('not-started'),
  /** Every status it has had, oldest first; the last entry matches `status`. */
  history: z.array(GoalStatusChange).default([]),
  /** Capabilities the goal builds, if any. */
  capabilityIds: z.array(Id).default([]),
  sample: SampleFlag,
  updatedAt: UpdatedAt,
});
export type Goal = z.infer<typeof Goal>;
