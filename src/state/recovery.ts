/**
 * The page's side of recovery snapshots: take one soon after changes (debounced, in
 * a worker), one right before the workspace is replaced or started over, keep the
 * count marker current, and on open say whether the workspace was lost behind the
 * app's back (see src/domain/recovery.ts).
 */
import { countRows, isWorkspaceEmpty } from '../db/workspace.ts';
import { canKeepSnapshots, listSnapshots, onWorkspaceWritten, readCountMarker, writeCountMarker } from '../db/snapshots.ts';
import { lossOf, type Loss, type SnapshotMeta } from '../domain/recovery.ts';
import type { SnapshotReply } from '../io/snapshot.worker.ts';

/** Quiet time after the last change before a snapshot is taken. */
const SNAPSHOT_DELAY_MS = 4000;

/**
 * The snapshot this page took last, and the count of workspace writes (in any tab) seen
 * before it began. While no write has happened since, it holds the workspace as it is.
 */
let latest: { writesBefore: number; reply: Promise<SnapshotReply> } | undefined;
let writes = 0;
let countingWrites = false;

/**
 * A snapshot of the workspace as it is now: the one this page is taking or took last if no
 * write happened since it began, else a new one.
 */
export function ensureSnapshot(reason: string): Promise<SnapshotReply> {
  if (!countingWrites) {
    countingWrites = true;
    onWorkspaceWritten(() => void writes++);
  }
  if (latest && latest.writesBefore === writes) {
    const held = latest;
    // A snapshot that failed is no snapshot: take another.
    return held.reply.then((reply) => (reply.ok ? reply : latest === held ? retake(reason) : ensureSnapshot(reason)));
  }
  return retake(reason);
}

/**
 * The snapshot an import takes of the workspace it may replace: started as soon as a file is
 * chosen, and awaited before a replace writes anything. Nothing to keep when the workspace is empty.
 */
export async function snapshotBeforeImport(): Promise<SnapshotReply> {
  if (await isWorkspaceEmpty()) return { ok: true, meta: undefined };
  return ensureSnapshot('before importing a file');
}

function retake(reason: string): Promise<SnapshotReply> {
  latest = { writesBefore: writes, reply: takeSnapshot(reason) };
  return latest.reply;
}

/** Takes a snapshot now, in a worker; resolves once it is kept (or was not needed). */
export function takeSnapshot(reason: string): Promise<SnapshotReply> {
  if (!canKeepSnapshots()) return Promise.resolve({ ok: false, message: 'This browser has no private file system for snapshots.' });
  return new Promise((resolve) => {
    const worker = new Worker(new URL('../io/snapshot.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = async (event: MessageEvent<SnapshotReply>) => {
      worker.terminate();
      if (event.data.ok) await markCountsAsIntended();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      resolve({ ok: false, message: event.message || 'the snapshot stopped unexpectedly' });
    };
    worker.postMessage({ reason, at: new Date().toISOString() });
  });
}

/** After a removal the manager asked for (start over, replace, remove sample data): these counts are the new normal. */
export async function markCountsAsIntended(): Promise<void> {
  writeCountMarker(await countRows(), new Date().toISOString());
}

let paused = false;

/** Snapshots after changes, debounced; returns the stop. Paused while a loss is on offer. */
export function keepSnapshotsAfterChanges(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = onWorkspaceWritten(() => {
    if (paused) return;
    clearTimeout(timer);
    timer = setTimeout(() => void ensureSnapshot('changes'), SNAPSHOT_DELAY_MS);
  });
  return () => {
    clearTimeout(timer);
    stop();
  };
}

export interface LostWorkspace {
  loss: Loss;
  /** The newest snapshot, if one was kept. */
  latest: SnapshotMeta | undefined;
}

/**
 * Compares the workspace with the marker. A loss pauses snapshots (so an emptied
 * workspace cannot push the good snapshots out) until the manager decides.
 */
export async function findLostWorkspace(): Promise<LostWorkspace | undefined> {
  // Rows, not records: counting grouped records would read every group on every page load.
  const counts = await countRows();
  const loss = lossOf(readCountMarker(), counts);
  if (!loss) {
    // First visit, or all is well: remember today's counts for next time.
    if (!readCountMarker()) writeCountMarker(counts, new Date().toISOString());
    return undefined;
  }
  paused = true;
  const latest = (await listSnapshots().catch(() => []))[0];
  return { loss, latest };
}

/** The manager decided (restored, imported, or kept the workspace as it is). */
export async function settleLoss(): Promise<void> {
  paused = false;
  await markCountsAsIntended();
}
