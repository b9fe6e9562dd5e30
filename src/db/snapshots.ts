/**
 * Recovery snapshots and the count marker: the two things Turbine keeps outside
 * IndexedDB so a database the browser lost can be noticed and given back (see
 * src/domain/recovery.ts for why).
 *
 * - Snapshots are workspace files in the Origin Private File System, a backing store
 *   of its own, in the folder "turbine-recovery" with an index.json describing them.
 *   They are written by src/io/snapshot.worker.ts, off the page's main thread.
 * - The marker is one localStorage entry, "turbine.lastCounts": the record counts the
 *   app last saw and when.
 */
import Dexie from 'dexie';
import { snapshotsToPrune, type CountMarker, type RecordCounts, type SnapshotMeta } from '../domain/recovery.ts';
import { dayOf } from '../domain/dates.ts';

const FOLDER = 'turbine-recovery';
const INDEX = 'index.json';
const MARKER = 'turbine.lastCounts';

async function folder(): Promise<FileSystemDirectoryHandle> {
  const root = await navigator.storage.getDirectory();
  return root.getDirectoryHandle(FOLDER, { create: true });
}

/** True where this browser has an Origin Private File System to keep snapshots in. */
export function canKeepSnapshots(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.storage?.getDirectory === 'function';
}

async function readIndex(dir: FileSystemDirectoryHandle): Promise<SnapshotMeta[]> {
  try {
    const text = await (await (await dir.getFileHandle(INDEX)).getFile()).text();
    const list = JSON.parse(text) as unknown;
    return Array.isArray(list) ? (list as SnapshotMeta[]) : [];
  } catch {
    return [];
  }
}

async function writeText(dir: FileSystemDirectoryHandle, name: string, text: string): Promise<void> {
  const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
  await writable.write(text);
  await writable.close();
}

/** The snapshots kept, newest first. */
export async function listSnapshots(): Promise<SnapshotMeta[]> {
  if (!canKeepSnapshots()) return [];
  return (await readIndex(await folder())).sort((a, b) => b.at.localeCompare(a.at));
}

/**
 * Keeps a workspace file as the newest snapshot and prunes the oldest beyond the
 * limits. Serialised across tabs by a Web Lock, so two tabs never race on the index.
 */
export async function keepSnapshot(text: string, counts: RecordCounts, reason: string, at: string): Promise<SnapshotMeta> {
  return navigator.locks.request('turbine-recovery', async () => {
    const dir = await folder();
    const meta: SnapshotMeta = { name: `snapshot-${at.replace(/[:.]/g, '-')}.json`, at, counts, bytes: text.length, reason };
    await writeText(dir, meta.name, text);
    const all = [...(await readIndex(dir)).filter((s) => s.name !== meta.name), meta];
    const prune = snapshotsToPrune(all);
    const kept = all.filter((s) => !prune.includes(s));
    await writeText(dir, INDEX, JSON.stringify(kept));
    for (const s of prune) await dir.removeEntry(s.name).catch(() => {});
    return meta;
  });
}

/** A snapshot's workspace file, ready to go through the ordinary import. */
export async function snapshotFile(meta: SnapshotMeta): Promise<File> {
  const file = await (await (await folder()).getFileHandle(meta.name)).getFile();
  return new File([file], `turbine-snapshot-${dayOf(meta.at)}.json`, { type: 'application/json' });
}

export function readCountMarker(): CountMarker | undefined {
  try {
    const text = localStorage.getItem(MARKER);
    return text ? (JSON.parse(text) as CountMarker) : undefined;
  } catch {
    return undefined;
  }
}

export function writeCountMarker(counts: RecordCounts, at: string): void {
  try {
    localStorage.setItem(MARKER, JSON.stringify({ counts, at } satisfies CountMarker));
  } catch {
    // Storage full or blocked: the marker is a safety net, the app works without it.
  }
}

/** Calls `handler` after any write to Turbine's database, in this tab or another. */
export function onWorkspaceWritten(handler: () => void): () => void {
  const listener = () => handler();
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}
