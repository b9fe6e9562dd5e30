/**
 * A live query answered by a worker (a src/io/*.worker.ts that posts WorkerAnswers): the same
 * {data, loading, error} as createLiveQuery, for a read whose work should not hold the page's
 * main thread. The worker keeps answering as the data changes (Dexie tells every context of
 * the origin about a write), until the component that asked is cleaned up.
 */
import { createSignal, onCleanup } from 'solid-js';
import type { LiveQuery } from './live-query.ts';

/**
 * One answer: the query's value, or the name and message of the error it failed with. The name
 * goes by hand: structured clone keeps only the built-in error names, and describeError words a
 * DatabaseClosedError or QuotaExceededError apart from the rest.
 */
export type WorkerAnswer<T> = { value: T; error?: undefined } | { error: { name: string; message: string }; value?: undefined };

export function createWorkerLiveQuery<T>(worker: Worker, order: unknown): LiveQuery<T> {
  const [data, setData] = createSignal<T | undefined>(undefined);
  const [loading, setLoading] = createSignal(true);
  const [error, setError] = createSignal<unknown>(undefined);
  worker.onmessage = (event: MessageEvent<WorkerAnswer<T>>) => {
    const answer = event.data;
    if (answer.error === undefined) {
      setData(() => answer.value);
      setError(undefined);
    } else setError(() => Object.assign(new Error(answer.error.message), { name: answer.error.name }));
    setLoading(false);
  };
  worker.onerror = (event) => {
    setError(() => new Error(event.message || 'reading stopped unexpectedly'));
    setLoading(false);
  };
  worker.postMessage(order);
  onCleanup(() => worker.terminate());
  return { data, loading, error };
}
