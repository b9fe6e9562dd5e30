/**
 * createLiveQuery: Solid glue over the database's reactive reads. Returns
 * {data, loading, error} accessors and unsubscribes when the owning component unmounts.
 *
 * With a key (`createLiveQuery(() => props.candidateId, readScorecards)`) the query is
 * re-subscribed whenever the key changes, so a view that shows one person or candidate
 * at a time switches between them without being re-mounted. Until the new key's answer
 * arrives, data is undefined (loading), so another person's data is never shown under
 * this one's name. No key (undefined) means nothing to read.
 */
import { createComputed, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import { observe, type Subscription } from '../db/observe.ts';

export interface LiveQuery<T> {
  data: Accessor<T | undefined>;
  loading: Accessor<boolean>;
  error: Accessor<unknown>;
}

export function createLiveQuery<T>(query: () => Promise<T>): LiveQuery<T>;
export function createLiveQuery<K, T>(key: Accessor<K | undefined>, query: (key: K) => Promise<T>): LiveQuery<T>;
export function createLiveQuery<K, T>(...args: [() => Promise<T>] | [Accessor<K | undefined>, (key: K) => Promise<T>]): LiveQuery<T> {
  const [data, setData] = createSignal<T | undefined>(undefined);
  const [loading, setLoading] = createSignal(true);
  const [error, setError] = createSignal<unknown>(undefined);
  let subscription: Subscription | undefined;
  const subscribe = (query: () => Promise<T>) =>
    observe(
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
  if (args.length === 1) {
    subscription = subscribe(args[0]);
  } else {
    const [key, query] = args;
    createComputed(
      on(key, (k) => {
        subscription?.unsubscribe();
        subscription = undefined;
        setData(undefined);
        setError(undefined);
        setLoading(k !== undefined);
        if (k !== undefined) subscription = subscribe(() => query(k));
      }),
    );
  }
  onCleanup(() => subscription?.unsubscribe());
  return { data, loading, error };
}
