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
    const name = e instanceof Error ? e.name : '';
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, reason: name ? `${name}: ${message}` : message };
  }
}

/**
 * Another tab opened a newer version of the database. Dexie closes ours so the
 * upgrade can proceed; we tell the UI, which shows a banner and reloads.
 */
export function onUpgradedElsewhere(handler: () => void): () => void {
  const db = database();
  const listener = () => {
    db.close();
    handler();
    return false;
  };
  db.on('versionchange', listener);
  return () => db.on('versionchange').unsubscribe(listener);
}
