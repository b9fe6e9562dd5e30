/** Rules about goals, which live across quarters (see src/schemas/goal.ts). */
import type { Goal, GoalStatus } from '../schemas/goal.ts';

/**
 * The status a goal had on a given day: its latest status change on or before that day.
 * A check-in from last quarter shows the goal as it stood then, not as it stands today.
 */
export function goalStatusOn(goal: Pick<Goal, 'status' | 'history'>, day: string): GoalStatus {
  let status: GoalStatus | undefined;
  for (const change of goal.history) if (change.on <= day) status = change.status;
  return status ?? (goal.history.length === 0 ? goal.status : 'not-started');
}

/** "2 of 3 goals done" for one check-in, counting the goals as they stood on its day. */
export function goalsDoneOn(goals: readonly Pick<Goal, 'status' | 'history'>[], day: string): { done: number; total: number } {
  return { done: goals.filter((g) => goalStatusOn(g, day) === 'done').length, total: goals.length };
}
