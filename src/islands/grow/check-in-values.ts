/**
 * The check-in form's values: what a new check-in starts from (prefilled from what Turbine
 * holds) and what an existing one reopens with. Pure, so the starting point is testable.
 */
import type { CheckInDraft, CheckInPage } from '../../db/grow.ts';
import type { LevelCheck } from '../../schemas/check-in.ts';
import { daysOfQuarter, localToday, quarterOf } from '../../domain/dates.ts';

/** The form holds goals with ids from the start, so a goal added here is saved once, not once per autosave. */
export type CheckInValues = CheckInDraft;

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
