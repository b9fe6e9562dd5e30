/**
 * A read done once when a view opens, for views that own what they show from then on (an
 * editor's values, a trajectory's quarters): whether it is still loading, its answer, or why
 * it failed. Smaller than Solid's createResource, whose code every page would carry through
 * the shared chunk.
 */
import { createSignal, type Accessor } from 'solid-js';

export interface ReadOnce<T> {
  loading: Accessor<boolean>;
  /** Set when the read failed. */
  failed: Accessor<{ error: unknown } | undefined>;
  /** The answer once read (which may itself be undefined: nothing found). */
  value: Accessor<T | undefined>;
}

export function readOnce<T>(read: () => Promise<T>): ReadOnce<T> {
  const [loading, setLoading] = createSignal(true);
  const [failed, setFailed] = createSignal<{ error: unknown }>();
  const [value, setValue] = createSignal<T>();
  read().then(
    (v) => {
      setValue(() => v);
      setLoading(false);
    },
    (error: unknown) => {
      setFailed({ error });
      setLoading(false);
    },
  );
  return { loading, failed, value };
}
