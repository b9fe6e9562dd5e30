/**
 * One live read behind two parts of Home: the 90-day plan's lines and Learn's lines both
 * need the matrix (who is rated, who knows which system), the largest read Home makes. The
 * first of the two on screen starts the read, the other shares it, and it stops when
 * neither is left.
 */
import { createRoot, onCleanup, untrack } from 'solid-js';
import { createLiveQuery, type LiveQuery } from '../../state/live-query.ts';
import { readPlanAndLearnToday, type PlanAndLearnToday } from '../../db/plan.ts';

let shared: { today: string; query: LiveQuery<PlanAndLearnToday>; users: number; dispose: () => void } | undefined;

/** The shared read, as the part of it one section shows. Call in a component: the section's cleanup releases it. */
export function sharedPlanAndLearnToday<T>(props: { today: string }, part: (data: PlanAndLearnToday) => T): LiveQuery<T> {
  // Home's day is fixed when it opens: read once, not tracked.
  const today = untrack(() => props.today);
  if (!shared || shared.today !== today) {
    // Its own root: the read outlives whichever section started it, while the other still shows.
    shared = createRoot((dispose) => ({ today, query: createLiveQuery(() => readPlanAndLearnToday(today)), users: 0, dispose }));
  }
  const mine = shared;
  mine.users++;
  onCleanup(() => {
    if (--mine.users > 0) return;
    mine.dispose();
    if (shared === mine) shared = undefined;
  });
  return {
    data: () => {
      const data = mine.query.data();
      return data === undefined ? undefined : part(data);
    },
    loading: mine.query.loading,
    error: mine.query.error,
  };
}
