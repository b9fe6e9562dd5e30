/**
 * createLiveStore: createLiveQuery whose data is kept in a Solid store and updated in
 * place (reconcile by `id`) each time the query answers again. Records that did not
 * change keep their identity, so a <For> over them keeps its DOM: an edited form, the
 * checkbox just ticked and the keyboard focus all survive a write. Use it for pages
 * that write; read-only pages can use createLiveQuery. Takes a reactive key the same way.
 */
import { createComputed, type Accessor } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { createLiveQuery, type LiveQuery } from './live-query.ts';

export function createLiveStore<T extends object>(query: () => Promise<T>): LiveQuery<T>;
export function createLiveStore<K, T extends object>(key: Accessor<K | undefined>, query: (key: K) => Promise<T>): LiveQuery<T>;
export function createLiveStore<K, T extends object>(...args: [() => Promise<T>] | [Accessor<K | undefined>, (key: K) => Promise<T>]): LiveQuery<T> {
  const live = args.length === 1 ? createLiveQuery(args[0]) : createLiveQuery(args[0], args[1]);
  const [store, setStore] = createStore<{ value?: T }>({});
  createComputed(() => {
    const value = live.data();
    // A new key starts from nothing, so one candidate's records never merge into another's.
    setStore('value', value === undefined ? undefined : reconcile(value, { key: 'id', merge: true }));
  });
  return { data: () => store.value as T | undefined, loading: live.loading, error: live.error };
}
