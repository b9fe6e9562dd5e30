/**
 * createLiveQuery: Solid glue over the database's reactive reads. Returns
 * {data, loading, error} accessors and unsubscribes when the owning component unmounts.
 */
import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { observe } from '../db/observe.ts';

export interface LiveQuery<T> {
  data: Accessor<T | undefined>;
  loading: Accessor<boolean>;
  error: Accessor<unknown>;
}

export function createLiveQuery<T>(query: () => Promise<T>): LiveQuery<T> {
  const [data, setData] = createSignal<T | undefined>(undefined);
  const [loading, setLoading] = createSignal(true);
  const [error, setError] = createSignal<unknown>(undefined);
  const subscription = observe(
    query,
    (value) => {
      setData(() => value);
      setError(undefined);
      setLoading(false);
    },
    (e) => {
      setError(() => e);
      setLoading(false);
    },
  );
  onCleanup(() => subscription.unsubscribe());
  return { data, loading, error };
}
