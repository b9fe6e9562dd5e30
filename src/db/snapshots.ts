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

/** A file handle as a dedicated worker sees it (TypeScript's DOM library leaves this method out). */
type WorkerFileHandle = FileSystemFileHandle & {
  createSyncAccessHandle(): Promise<{
    truncate(size: number): void;
    write(buffer: Uint8Array<ArrayBuffer>, options: { at: number }): number;
    flush(): void;
    close(): void;
  }>;
};

/**
 * Writes a file's bytes in place through a synchronous access handle: the snapshot worker
 * has one, and it writes tens of megabytes several times faster than a writable stream,
 * which copies the whole file into a swap file before it lands.
 */
async function writeBytes(dir: FileSystemDirectoryHandle, name: string, chunks: Uint8Array<ArrayBuffer>[]): Promise<void> {
  const file = (await dir.getFileHandle(name, { create: true })) as WorkerFileHandle;
  const handle = await file.createSyncAccessHandle();
  try {
    handle.truncate(0);
    let at = 0;
    for (const chunk of chunks) at += handle.write(chunk, { at });
    handle.flush();
  } finally {
    handle.close();
  }
}

/** A directory as a worker sees it (TypeScript's DOM library leaves out its async iteration). */
type DirectoryWithKeys = FileSystemDirectoryHandle & { keys(): AsyncIterableIterator<string> };

/** The snapshots kept, newest first. */
export async function listSnapshots(): Promise<SnapshotMeta[]> {
  if (!canKeepSnapshots()) return [];
  return (await readIndex(await folder())).sort((a, b) => b.at.localeCompare(a.at));
}

/**
 * Keeps a workspace file (its bytes, in order) as the newest snapshot and prunes the oldest
 * beyond the limits. Runs in a worker (src/io/snapshot.worker.ts). Serialised across tabs by
 * a Web Lock, so two tabs never race on the index.
 */
export async function keepSnapshot(chunks: Uint8Array<ArrayBuffer>[], bytes: number, counts: RecordCounts, taken: { reason: string; at: string; changeToken: string }): Promise<SnapshotMeta> {
  const { reason, at, changeToken } = taken;
  return navigator.locks.request('turbine-recovery', async () => {
    const dir = await folder();
    const meta: SnapshotMeta = { name: `snapshot-${at.replace(/[:.]/g, '-')}.json`, at, counts, bytes, reason, changeToken };
    await writeBytes(dir, meta.name, chunks);
    const all = [...(await readIndex(dir)).filter((s) => s.name !== meta.name), meta];
    const prune = snapshotsToPrune(all);
    const kept = all.filter((s) => !prune.includes(s));
    await writeText(dir, INDEX, JSON.stringify(kept));
    // The pruned, and anything a closed page left behind mid-write (an import's snapshot worker ends with its page).
    const keep = new Set([INDEX, ...kept.map((s) => s.name)]);
    for await (const name of (dir as DirectoryWithKeys).keys()) if (!keep.has(name)) await dir.removeEntry(name).catch(() => {});
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
