/**
 * An interviewer's live kit kept in their browser (y-indexeddb), so that their draft survives a
 * reload and going offline, and reaches the sync server when they are back. One IndexedDB
 * database per kit document, beside the workspace's own database and never mixed into it: this
 * browser may hold no workspace at all.
 */
import type * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';

export function keepKitDocument(document: string, doc: Y.Doc): { loaded: Promise<unknown>; close: () => Promise<void>; forget: () => Promise<void> } {
  const persistence = new IndexeddbPersistence(`turbine-live:${document}`, doc);
  return { loaded: persistence.whenSynced, close: () => persistence.destroy(), forget: () => persistence.clearData() };
}
