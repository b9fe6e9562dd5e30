/**
 * createLiveStore: createLiveQuery whose data is kept in a Solid store and updated in
 * place (reconcile by `id`) each time the query answers again. Records that did not
 * change keep their identity, so a <For> over them keeps its DOM: an edited form, the
 * checkbox just ticked and the keyboard focus all survive a write. Use it for pages
 * that write; read-only pages can use createLiveQuery.
 */
import { createComputed } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { createLiveQuery, type LiveQuery } from './live-query.ts';

export function createLiveStore<T extends object>(query: () => Promise<T>): LiveQuery<T> {
  const live = createLiveQuery(query);
  const [store, setStore] = createStore<{ value?: T }>({});
  createComputed(() => {
    const value = live.data();
    if (value !== undefined) setStore('value', reconcile(value, { key: 'id', merge: true }));
  });
  return { data: () => store.value as T | undefined, loading: live.loading, error: live.error };
}
