/**
 * The check-in form's values: what a new check-in starts from (prefilled from what Turbine
 * holds) and what an existing one reopens with. Pure, so the starting point is testable.
 */
import { z } from 'zod';
import type { CheckInDraft, CheckInPage } from '../../db/grow.ts';
import { Evidence, GrowthStage, LevelCheck } from '../../schemas/check-in.ts';
import { GoalStatus } from '../../schemas/goal.ts';
import { Id } from '../../schemas/common.ts';
import { daysOfQuarter, localToday, quarterOf } from '../../domain/dates.ts';

/** The form holds goals with ids from the start, so a goal added here is saved once, not once per autosave. */
export type CheckInValues = CheckInDraft;

/**
 * The form's values as kept in the browser's buffer between keystrokes: the shape only, since
 * text being typed may be empty or long yet (the save checks the record itself). A buffer that
 * does not read as this (another version of Turbine, an edited entry) is not used.
 */
export const BufferedCheckInValues: z.ZodType<CheckInValues> = z.object({
  date: z.string(),
  held: z.boolean(),
  strengths: z.array(z.object({ text: z.string(), howUsed: z.string() })),
  wins: z.array(z.string()),
  areasToGrow: z.string(),
  stretch: z.array(z.object({ text: z.string(), systemId: Id.optional(), capabilityId: Id.optional() })),
  goals: z.array(z.object({ id: Id.optional(), text: z.string(), status: GoalStatus, due: z.string().optional(), capabilityIds: z.array(Id) })),
  feedbackAsked: z.string(),
  feedbackGiven: z.string(),
  engagement: z.object({
    overall: z.number().optional(),
    belonging: z.number().optional(),
    improvement: z.number().optional(),
    choice: z.number().optional(),
    equality: z.number().optional(),
    predictability: z.number().optional(),
    significance: z.number().optional(),
    note: z.string(),
  }),
  growthStage: GrowthStage.optional(),
  growthInTheirWords: z.string(),
  evidence: z.array(Evidence),
  levels: z.array(LevelCheck),
  managerNotes: z.object({ readyForMoreScope: z.boolean(), atRisk: z.boolean(), whatWouldKeepThem: z.string(), notes: z.string() }),
});

export const NO_MANAGER_NOTES = { readyForMoreScope: false, atRisk: false, whatWouldKeepThem: '', notes: '' };

/** A level check as the matrix has it now, for a capability the manager adds. */
export function levelCheckNow(page: Pick<CheckInPage, 'levels'>, capabilityId: string): LevelCheck {
  const now = page.levels.find((l) => l.capabilityId === capabilityId);
  return { capabilityId, ...(now?.self !== undefined ? { self: now.self } : {}), ...(now?.manager !== undefined ? { manager: now.manager } : {}) };
}

export function startingValues(page: CheckInPage, today = localToday()): CheckInValues {
  const goalById = new Map(page.goals.map((g) => [g.id, g]));
  const stored = page.checkIn;
  const goalIds = stored ? stored.goalIds : [...page.carried, ...page.setThisQuarter];
  const goals = goalIds.flatMap((id) => {
    const g = goalById.get(id);
    return g ? [{ id: g.id, text: g.text, status: g.status, due: g.due, capabilityIds: [...g.capabilityIds] }] : [];
  });
  if (stored) {
    return {
      date: stored.date,
      held: stored.held,
      strengths: stored.strengths.map((s) => ({ ...s })),
      wins: [...stored.wins],
      areasToGrow: stored.areasToGrow,
      stretch: stored.stretch.map((s) => ({ ...s })),
      goals,
      feedbackAsked: stored.feedbackAsked,
      feedbackGiven: stored.feedbackGiven,
      engagement: { ...stored.engagement },
      growthStage: stored.growthStage,
      growthInTheirWords: stored.growthInTheirWords,
      evidence: stored.evidence.map((e) => ({ ...e })),
      levels: stored.levels.map((l) => ({ ...l })),
      managerNotes: { ...stored.managerNotes },
    };
  }
  return {
    // This quarter's check-in is held today; one for another quarter, on its last day.
    date: quarterOf(today) === page.quarter ? today : daysOfQuarter(page.quarter).last,
    held: false,
    strengths: [],
    wins: [],
    areasToGrow: '',
    stretch: [],
    goals,
    feedbackAsked: '',
    feedbackGiven: '',
    engagement: { note: '' },
    growthStage: undefined,
    growthInTheirWords: '',
    evidence: [],
    levels: page.suggestedCapabilities.map((id) => levelCheckNow(page, id)),
    managerNotes: { ...NO_MANAGER_NOTES },
  };
}
