/**
 * Reactive reads: wraps Dexie's liveQuery so the UI can subscribe to a query and be
 * told again whenever a table it read from changes (in this tab or another one).
 */
import { liveQuery } from 'dexie';

export interface Subscription {
  unsubscribe(): void;
}

export function observe<T>(
  query: () => Promise<T>,
  onValue: (value: T) => void,
  onError: (error: unknown) => void,
): Subscription {
  return liveQuery(query).subscribe({ next: onValue, error: onError });
}
