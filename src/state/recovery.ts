/**
 * The page's side of recovery snapshots: take one soon after changes (debounced, in
 * a worker), one right before the workspace is replaced or started over, keep the
 * count marker current, and on open say whether the workspace was lost behind the
 * app's back (see src/domain/recovery.ts).
 */
import { countRows, isWorkspaceEmpty } from '../db/workspace.ts';
import { canKeepSnapshots, listSnapshots, onWorkspaceWritten, readCountMarker, writeCountMarker } from '../db/snapshots.ts';
import { currentChangeToken, hasRecordedChanges } from '../db/change-token.ts';
import { lossOf, type Loss, type SnapshotMeta } from '../domain/recovery.ts';
import type { SnapshotReply, SnapshotRequest } from '../io/recovery-snapshot.ts';
import type { ImportSession } from '../io/import-session.ts';
import { keepInSnapshotWorker } from '../io/snapshot-session.ts';

/** Quiet time after the last change before a snapshot is taken. */
const SNAPSHOT_DELAY_MS = 4000;

/** The snapshot this page is taking or took last, and the change token it was taken at. */
let latest: Snapshotting | undefined;

/**
 * A snapshot of the workspace as it is now. While the change token is unchanged (no write
 * since, in any tab or page), that is the snapshot this page is taking or took last, or
 * the newest one kept, taken in an earlier page; otherwise a new one.
 */
export async function ensureSnapshot(reason: string): Promise<SnapshotReply> {
  const now = currentChangeToken();
  if (latest?.changeToken === now) {
    const held = latest;
    const reply = await held.reply;
    // A snapshot that failed is no snapshot: take another.
    if (reply.ok) return reply;
    return latest === held ? retake(reason) : ensureSnapshot(reason);
  }
  const kept = (await listSnapshots().catch(() => []))[0];
  if (kept?.changeToken === now) return { ok: true, meta: kept };
  return retake(reason);
}

/**
 * Before an import's check: unless a snapshot of the workspace as it is now is kept or being
 * taken, the import session keeps one from the read it makes for its preview (one read of
 * tens of megabytes, not two). Ask before the session checks the file.
 */
export async function snapshotWithImport(session: ImportSession): Promise<void> {
  const changeToken = currentChangeToken();
  if (latest?.changeToken === changeToken && !latest.failed) return;
  const kept = (await listSnapshots().catch(() => []))[0];
  if (kept?.changeToken === changeToken || !canKeepSnapshots()) return;
  const reply = session.keepSnapshot({ reason: BEFORE_IMPORT, at: new Date().toISOString(), changeToken }).then(async (r) => {
    if (r.ok) await markCountsAsIntended();
    return r;
  });
  latest = snapshotting(changeToken, reply);
}

/**
 * The snapshot a replace import needs before it writes: the one snapshotWithImport started,
 * unless the workspace changed since (or it failed); nothing to keep when the workspace is empty.
 */
export function snapshotBeforeImport(): Promise<SnapshotReply> {
  return snapshotUnlessEmpty(BEFORE_IMPORT);
}

const BEFORE_IMPORT = 'before importing a file';

async function snapshotUnlessEmpty(reason: string): Promise<SnapshotReply> {
  if (await isWorkspaceEmpty()) return { ok: true, meta: undefined };
  return ensureSnapshot(reason);
}

function retake(reason: string): Promise<SnapshotReply> {
  latest = startSnapshot(reason);
  return latest.reply;
}

/** Takes a snapshot now, in a worker; resolves once it is kept (or was not needed). */
export function takeSnapshot(reason: string): Promise<SnapshotReply> {
  return startSnapshot(reason).reply;
}

interface Snapshotting {
  /** The change token read before the worker began: the snapshot holds every write made before it. */
  changeToken: string;
  reply: Promise<SnapshotReply>;
  /** Set once it failed (e.g. its import was closed first): then it stands for nothing. */
  failed?: boolean;
}

function snapshotting(changeToken: string, reply: Promise<SnapshotReply>): Snapshotting {
  const s: Snapshotting = { changeToken, reply };
  void reply.then((r) => (s.failed = !r.ok));
  return s;
}

function startSnapshot(reason: string): Snapshotting {
  const changeToken = currentChangeToken();
  if (!canKeepSnapshots()) return snapshotting(changeToken, Promise.resolve({ ok: false, message: 'This browser has no private file system for snapshots.' }));
  const request: SnapshotRequest = { reason, at: new Date().toISOString(), changeToken };
  const reply = keepInSnapshotWorker({ request }).then(async (r) => {
    if (r.ok) await markCountsAsIntended();
    return r;
  });
  return snapshotting(changeToken, reply);
}

/** After a removal the manager asked for (start over, replace, remove sample data): these counts are the new normal. */
export async function markCountsAsIntended(): Promise<void> {
  writeCountMarker(await countRows(), new Date().toISOString());
}

let paused = false;

/**
 * Snapshots after changes, debounced; returns the stop. Paused while a loss is on offer.
 * Also once after the page opens, when the workspace changed since the newest snapshot
 * (a page left within seconds of a change never took its snapshot).
 */
export function keepSnapshotsAfterChanges(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void (paused ? undefined : snapshotUnlessEmpty('changes')), SNAPSHOT_DELAY_MS);
  };
  const stop = onWorkspaceWritten(() => {
    if (!paused) soon();
  });
  if (hasRecordedChanges()) soon();
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
