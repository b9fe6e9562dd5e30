/**
 * One live read behind two parts of Home: the 90-day plan's lines and Learn's lines both
 * need the matrix (who is rated, who knows which system), the largest read Home makes, so
 * they share it (readPlanAndLearnToday).
 */
import { sharedLiveQuery } from '../../state/shared-query.ts';
import { readPlanAndLearnToday, type PlanAndLearnToday } from '../../db/plan.ts';
import type { LiveQuery } from '../../state/live-query.ts';

export function planAndLearnToday(today: string): LiveQuery<PlanAndLearnToday> {
  return sharedLiveQuery(`plan-and-learn:${today}`, () => readPlanAndLearnToday(today));
}
