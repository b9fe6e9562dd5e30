/**
 * A live query shared by everyone who asks for the same key while any of them is mounted:
 * two views that need the same large read (Home's 90-day plan lines and Learn's lines, both
 * from the matrix) run it once. Call it inside a component: the read stops once every
 * caller has been cleaned up.
 */
import { createRoot, onCleanup } from 'solid-js';
import { createLiveQuery, type LiveQuery } from './live-query.ts';

const running = new Map<string, { query: LiveQuery<unknown>; users: number; dispose: () => void }>();

export function sharedLiveQuery<T>(key: string, read: () => Promise<T>): LiveQuery<T> {
  let entry = running.get(key);
  if (!entry) {
    // Its own root: the read outlives whichever caller started it, while another still uses it.
    entry = createRoot((dispose) => ({ query: createLiveQuery(read) as LiveQuery<unknown>, users: 0, dispose }));
    running.set(key, entry);
  }
  const mine = entry;
  mine.users++;
  onCleanup(() => {
    if (--mine.users > 0) return;
    mine.dispose();
    if (running.get(key) === mine) running.delete(key);
  });
  return mine.query as LiveQuery<T>;
}

/** The part of a live query's data that one view shows. */
export function partOf<T, P>(query: LiveQuery<T>, part: (data: T) => P): LiveQuery<P> {
  return {
    data: () => {
      const data = query.data();
      return data === undefined ? undefined : part(data);
    },
    loading: query.loading,
    error: query.error,
  };
}
