/**
 * The learning margin: the share of the team's time set aside for learning in a quarter,
 * planned (onboarding items due in the quarter, by their estimated effort) against what was
 * recorded done (items completed in the quarter), per person and for the team, next to the
 * target. A person's time is the workdays of the quarter they are on the team, at
 * HOURS_PER_WORKDAY hours each. Items without an estimate cannot count and are counted apart,
 * so the manager sees how much of the plan the figure leaves out.
 */
import { addDays } from '../dates.ts';
import { workdaysBetween } from '../workdays.ts';
import type { OnboardingPlan } from '../../schemas/onboarding.ts';

/** A workday's hours of someone's time. */
export const HOURS_PER_WORKDAY = 8;

export interface MarginRow {
  /** '' for the team. */
  personId: string;
  /** Estimated hours of items due in the quarter. */
  planned: number;
  /** Estimated hours of items completed in the quarter. */
  done: number;
  /** Hours of the quarter they are on the team. */
  available: number;
  /** planned ÷ available and done ÷ available, 0–1; 0 when nothing is available. */
  plannedShare: number;
  doneShare: number;
  /** Items due in the quarter with no estimate. */
  unestimated: number;
}

export interface LearningMargin {
  quarter: string;
  /** The target share, 0–1. */
  target: number;
  people: MarginRow[];
  team: MarginRow;
}

/** The first and last day of a quarter such as "2026-Q4". */
export function quarterDays(quarter: string): { first: string; last: string } {
  const [year, q] = [Number(quarter.slice(0, 4)), Number(quarter.slice(6))];
  const month = (q - 1) * 3 + 1;
  const first = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
  const next = q === 4 ? `${String(year + 1).padStart(4, '0')}-01-01` : `${String(year).padStart(4, '0')}-${String(month + 3).padStart(2, '0')}-01`;
  return { first, last: addDays(next, -1) };
}

/** Workdays from `from` to `to`, both included. */
const workdaysIn = (from: string, to: string) => (to < from ? 0 : workdaysBetween(from, addDays(to, 1)));

export function learningMargin(
  plans: readonly OnboardingPlan[],
  people: readonly { id: string; status: string; startDate?: string | undefined; movedOnDate?: string | undefined }[],
  quarter: string,
  targetPercent: number,
): LearningMargin {
  const { first, last } = quarterDays(quarter);
  const inQuarter = (day: string | undefined) => day !== undefined && day >= first && day <= last;
  const rows = new Map<string, MarginRow>();
  for (const p of people) {
    const from = p.startDate && p.startDate > first ? p.startDate : first;
    const to = p.status === 'moved-on' && p.movedOnDate && p.movedOnDate < last ? p.movedOnDate : last;
    const days = workdaysIn(from, to);
    if (days === 0) continue;
    rows.set(p.id, { personId: p.id, planned: 0, done: 0, available: days * HOURS_PER_WORKDAY, plannedShare: 0, doneShare: 0, unestimated: 0 });
  }
  for (const plan of plans) {
    const row = rows.get(plan.personId);
    if (!row) continue;
    // Due in the quarter exactly when the offset is from the workdays to its first day up to
    // (not including) the workdays to the day after its last: two counts per plan, not a date per item.
    const fromOffset = workdaysBetween(plan.startDate, first);
    const pastOffset = workdaysBetween(plan.startDate, addDays(last, 1));
    for (const item of plan.items) {
      const due = item.offset >= fromOffset && item.offset < pastOffset;
      if (item.effortHours === undefined) {
        if (due) row.unestimated++;
        continue;
      }
      if (due) row.planned += item.effortHours;
      if (item.status === 'done' && inQuarter(item.completedOn)) row.done += item.effortHours;
    }
  }
  const share = (hours: number, available: number) => (available > 0 ? hours / available : 0);
  const list = [...rows.values()].map((r) => ({ ...r, plannedShare: share(r.planned, r.available), doneShare: share(r.done, r.available) }));
  const sum = (f: (r: MarginRow) => number) => list.reduce((n, r) => n + f(r), 0);
  const team = { personId: '', planned: sum((r) => r.planned), done: sum((r) => r.done), available: sum((r) => r.available), plannedShare: 0, doneShare: 0, unestimated: sum((r) => r.unestimated) };
  return {
    quarter,
    target: targetPercent / 100,
    people: list,
    team: { ...team, plannedShare: share(team.planned, team.available), doneShare: share(team.done, team.available) },
  };
}
