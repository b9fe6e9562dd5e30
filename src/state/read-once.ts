/**
 * A read done once when a view opens, for views that own what they show from then on (an
 * editor's values, a trajectory's quarters): loading, its answer, or why it failed. Smaller
 * than Solid's createResource, whose code every page would carry through the shared chunk.
 */
import { createSignal, type Accessor } from 'solid-js';

export type ReadOnce<T> = Accessor<{ state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'read'; value: T }>;

export function readOnce<T>(read: () => Promise<T>): ReadOnce<T> {
  const [state, setState] = createSignal<ReturnType<ReadOnce<T>>>({ state: 'loading' });
  read().then(
    (value) => setState({ state: 'read', value }),
    (error: unknown) => setState({ state: 'failed', error }),
  );
  return state;
}
