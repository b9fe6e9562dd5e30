/**
 * Workspace-wide commands: read everything (export), write an imported workspace
 * (replace or merge) in one transaction, start over, and remove sample data.
 * A failure anywhere inside a transaction rolls all of it back; callers catch and
 * show the error, nothing is swallowed here.
 */
import { kinds, type RecordKind } from '../schemas/kinds.ts';
import type { WorkspaceData } from '../schemas/workspace.ts';
import { referencesOf } from '../schemas/references.ts';
import type { Settings } from '../schemas/settings.ts';
import { DEFAULT_RETENTION_DAYS } from '../schemas/defaults.ts';
import type { ImportMode } from '../domain/import-preview.ts';
import { database } from './database.ts';
import { announceWorkspaceReplaced } from './lifecycle.ts';
import { countKind, deleteFromKind, isKindEmpty, readKind, readKindJson, readKindWithJson, storageTables, writeKind, type PlainRecord } from './record-store.ts';

export async function readSettings(): Promise<Settings> {
  const row = await database().settings.get('settings');
  if (!row) return { retentionDays: DEFAULT_RETENTION_DAYS };
  const { id: _id, ...settings } = row;
  return settings;
}

export async function updateSettings(patch: Partial<Settings>): Promise<void> {
  const db = database();
  await db.transaction('rw', db.settings, async () => {
    const current = await readSettings();
    await db.settings.put({ ...current, ...patch, id: 'settings' });
  });
}

/** Everything in the workspace, read in one consistent snapshot. */
export async function readWorkspace(): Promise<WorkspaceData> {
  const db = database();
  return db.transaction('r', storageTables(db), async () => {
    const entries = await Promise.all(kinds.map(async (k) => [k, await readKind(db, k)] as const));
    const data = Object.fromEntries(entries) as unknown as WorkspaceData;
    data.settings = await readSettings();
    return data;
  });
}

/** The stored workspace as JSON text per kind (see readKindJson): what a workspace file is written from. */
export interface StoredWorkspaceJson {
  kinds: Record<RecordKind, { pieces: string[]; count: number }>;
  settings: Settings;
}

/** Everything in the workspace as JSON text per kind, read in one snapshot: the fast path for export. */
export async function readWorkspaceJson(): Promise<StoredWorkspaceJson> {
  const db = database();
  return db.transaction('r', storageTables(db), async () => {
    const entries = await Promise.all(kinds.map(async (k) => [k, await readKindJson(db, k)] as const));
    return { kinds: Object.fromEntries(entries) as StoredWorkspaceJson['kinds'], settings: await readSettings() };
  });
}

/** Everything in the workspace both as records and as JSON text, from one read in one snapshot (see readKindWithJson). */
export async function readWorkspaceWithJson(): Promise<{ data: WorkspaceData; json: StoredWorkspaceJson }> {
  const db = database();
  return db.transaction('r', storageTables(db), async () => {
    const read = await Promise.all(kinds.map(async (k) => [k, await readKindWithJson(db, k)] as const));
    const settings = await readSettings();
    const data = { ...Object.fromEntries(read.map(([k, r]) => [k, r.records])), settings } as unknown as WorkspaceData;
    const json = { kinds: Object.fromEntries(read.map(([k, { pieces, count }]) => [k, { pieces, count }])) as StoredWorkspaceJson['kinds'], settings };
    return { data, json };
  });
}

export async function countRecords(): Promise<Record<RecordKind, number>> {
  const db = database();
  const entries = await Promise.all(kinds.map(async (k) => [k, await countKind(db, k)] as const));
  return Object.fromEntries(entries) as Record<RecordKind, number>;
}

/**
 * Rows per storage table: cheap on every layout (a grouped kind is counted in groups,
 * without reading them), so it can run on every page load. The recovery marker uses it.
 */
export async function countRows(): Promise<Record<string, number>> {
  const db = database();
  const tables = storageTables(db).filter((t) => t.name !== 'settings');
  const counts = await Promise.all(tables.map(async (t) => [t.name, await t.count()] as const));
  return Object.fromEntries(counts);
}

/** True when the workspace holds no record at all (settings aside). */
export async function isWorkspaceEmpty(): Promise<boolean> {
  const db = database();
  const empty = await Promise.all(kinds.map((k) => isKindEmpty(db, k)));
  return empty.every(Boolean);
}

export interface WriteProgress {
  written: number;
  total: number;
}

/**
 * Writes a validated workspace. "replace" clears every table first; "merge" keeps
 * records the file does not have. All of it is one rw transaction.
 */
export async function commitImport(
  data: WorkspaceData,
  mode: ImportMode,
  onProgress: (p: WriteProgress) => void = () => {},
): Promise<void> {
  const db = database();
  const total = kinds.reduce((n, k) => n + data[k].length, 0);
  let written = 0;
  onProgress({ written, total });
  await db.transaction('rw', storageTables(db), async () => {
    if (mode === 'replace') await db.settings.clear();
    if (data.settings) await db.settings.put({ ...data.settings, id: 'settings' });
    for (const kind of kinds) {
      await writeKind(db, kind, data[kind] as unknown as PlainRecord[], mode, (n) => {
        written += n;
        onProgress({ written, total });
      });
    }
  });
}

/** Start over: an empty workspace. */
export async function clearWorkspace(): Promise<void> {
  const db = database();
  await db.transaction('rw', storageTables(db), async () => {
    for (const table of storageTables(db)) await table.clear();
  });
  announceWorkspaceReplaced();
}

/**
 * Removes every sample record, and every record of the manager's own that points
 * at one (an assessment of a sample person, say), so nothing is left dangling.
 */
export async function removeSampleData(): Promise<number> {
  const db = database();
  return db.transaction('rw', storageTables(db), async () => {
    const removed = new Map<RecordKind, Set<string>>(kinds.map((k) => [k, new Set()]));
    let count = 0;
    // Kinds are in dependency order, so one pass sees every removed target before its dependants.
    for (const kind of kinds) {
      const doomed = removed.get(kind)!;
      for (const record of await readKind(db, kind)) {
        const refs = referencesOf(kind, record as never);
        if (record.sample === true || refs.some((r) => removed.get(r.to)!.has(r.id))) doomed.add(record.id);
      }
      await deleteFromKind(db, kind, doomed);
      count += doomed.size;
    }
    return count;
  });
}
