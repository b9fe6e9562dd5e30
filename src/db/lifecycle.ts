/**
 * What happens to the open database when the world changes under it: another tab
 * upgrades the schema (we must close and reload), or IndexedDB cannot open at all
 * (blocked by the browser, or storage that will not survive).
 */
import { database } from './database.ts';

export type OpenOutcome = { ok: true } | { ok: false; reason: string };

/** Opens the database once, reporting why it cannot be used instead of throwing. */
export async function openDatabase(): Promise<OpenOutcome> {
  try {
    await database().open();
    return { ok: true };
  } catch (e) {
    // Dexie wraps the browser's error and repeats its text in its own message; the browser's alone says it once.
    const inner = (e as { inner?: unknown }).inner;
    const cause = inner instanceof Error ? inner : e;
    const name = cause instanceof Error ? cause.name : '';
    const message = cause instanceof Error ? cause.message : String(cause);
    return { ok: false, reason: name && !message.startsWith(name) ? `${name}: ${message}` : message };
  }
}

/**
 * Another tab opened a newer version of the database. Dexie closes ours so the
 * upgrade can proceed; we tell the UI, which shows a banner and reloads.
 */
export function onUpgradedElsewhere(handler: (why: 'upgraded' | 'deleted') => void): () => void {
  const db = database();
  const listener = (event: IDBVersionChangeEvent) => {
    db.close();
    // Reads and writes still in flight (a snapshot's bookkeeping, a view refreshing) now fail with
    // DatabaseClosedError. That is expected while the page reloads, not a fault to report.
    addEventListener('unhandledrejection', (rejection) => {
      if ((rejection.reason as { name?: unknown } | null)?.name === 'DatabaseClosedError') rejection.preventDefault();
    });
    // No new version means the database is being deleted (by the browser's own recovery, say), not upgraded.
    handler(event.newVersion === null ? 'deleted' : 'upgraded');
    return false;
  };
  db.on('versionchange', listener);
  return () => db.on('versionchange').unsubscribe(listener);
}

// ---------------------------------------------------------------- a workspace replaced elsewhere

/**
 * Replacing the workspace (an import in "replace" mode) or starting over in one tab
 * leaves every other tab showing, and editing, records of a workspace that is gone.
 * The tab that replaced says so on this channel; the others stop saving (see
 * src/db/fresh.ts) and tell the manager, who keeps their unsaved text to copy.
 */
const CHANNEL = 'turbine-workspace';
let channel: BroadcastChannel | undefined;
let replacedElsewhere = false;
const listeners = new Set<() => void>();

function workspaceChannel(): BroadcastChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  if (!channel) {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (event: MessageEvent<{ type?: string }>) => {
      if (event.data?.type !== 'replaced') return;
      replacedElsewhere = true;
      for (const listener of listeners) listener();
    };
  }
  return channel;
}

/** Called by this tab after it replaced the workspace or started over. */
export function announceWorkspaceReplaced(): void {
  workspaceChannel()?.postMessage({ type: 'replaced' });
}

/** Calls `handler` when another tab replaces the workspace; returns the unsubscribe. */
export function onWorkspaceReplacedElsewhere(handler: () => void): () => void {
  workspaceChannel();
  listeners.add(handler);
  return () => listeners.delete(handler);
}

/** True once another tab replaced the workspace this tab loaded. */
export function wasWorkspaceReplacedElsewhere(): boolean {
  workspaceChannel();
  return replacedElsewhere;
}
