/**
 * The workspace's change token: a random value that every write to the database replaces
 * (before the write is issued), kept in localStorage so every tab and every later page
 * sees the same one. A recovery snapshot records the token it was taken at; while the
 * token is unchanged, that snapshot still holds the workspace as it is, so a replace
 * import or "start over" need not copy tens of megabytes again (src/state/recovery.ts).
 *
 * Only writes renew it, never Dexie's "storagemutated" event: Dexie also fires that when
 * another connection merely opens the database (an import worker starting its check).
 *
 * Why it is safe to trust: the token is read before a snapshot's worker opens its read
 * transaction. A write whose token change came earlier was issued in a transaction created
 * earlier, which IndexedDB orders before that read, so the snapshot holds it; any later
 * write changes the token again. Writes the browser makes behind Dexie's back (its crash
 * recovery emptying the database) do not change it, which is why restoring after a loss
 * always takes a fresh snapshot of what is left.
 */
import type { DBCore, Middleware } from 'dexie';

const KEY = 'turbine.changeToken';

/**
 * The token as of now. Without localStorage (blocked), or before any write was seen, it is a
 * new value on every call, so it matches no snapshot: every snapshot is taken afresh.
 */
export function currentChangeToken(): string {
  try {
    return localStorage.getItem(KEY) ?? crypto.randomUUID();
  } catch {
    return crypto.randomUUID();
  }
}

/** True once any write has been seen in this browser (the workspace may hold something worth a snapshot). */
export function hasRecordedChanges(): boolean {
  try {
    return localStorage.getItem(KEY) !== null;
  } catch {
    return false;
  }
}

/** Marks the workspace as changed: no snapshot taken before this holds it any more. */
export function markWorkspaceChanged(): void {
  try {
    localStorage.setItem(KEY, crypto.randomUUID());
  } catch {
    // Blocked or full: currentChangeToken() then matches nothing, so nothing is trusted.
  }
}

/**
 * A Dexie middleware that marks the workspace as changed before every write reaches
 * IndexedDB. Only pages use it (workers have no localStorage): the one write a worker
 * makes, an import's commit, is marked by the page that sends it.
 */
export const changeTokenMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'changeToken',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        mutate: (request) => {
          markWorkspaceChanged();
          return table.mutate(request);
        },
      };
    },
  }),
};
