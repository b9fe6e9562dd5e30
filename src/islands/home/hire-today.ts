/**
 * Home's Hire lines as a live query answered by a worker (src/io/hire-today.worker.ts): reading
 * thousands of candidates and their scorecards is Home's largest read, and the page has its own
 * work meanwhile (the matrix, for the plan's and Learn's lines). Home's own code holds only the
 * worker's address.
 */
import type { HireTodayData } from '../../db/hire-today.ts';
import { createWorkerLiveQuery } from '../../state/worker-live-query.ts';
import type { LiveQuery } from '../../state/live-query.ts';

export function startHireToday(today: string): LiveQuery<HireTodayData> {
  return createWorkerLiveQuery<HireTodayData>(new Worker(new URL('../../io/hire-today.worker.ts', import.meta.url), { type: 'module' }), { today });
}
