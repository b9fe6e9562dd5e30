/**
 * Keeping a recovery snapshot of a workspace read as JSON text, in the snapshot worker
 * (src/io/snapshot.worker.ts): the page asks it to read the workspace itself, an import's
 * worker hands over the read it made for its preview, so a replace import does not read tens
 * of megabytes twice.
 */
import { workspaceFileOf } from './export-workspace.ts';
import { keepSnapshot } from '../db/snapshots.ts';
import type { StoredWorkspaceJson } from '../db/workspace.ts';
import type { SnapshotMeta } from '../domain/recovery.ts';
import { describeError } from '../domain/errors.ts';

/** No meta when the workspace was empty: there was nothing to keep. */
export type SnapshotReply = { ok: true; meta: SnapshotMeta | undefined } | { ok: false; message: string };

/** Why, when, and the workspace's change token read before the workspace was (src/db/change-token.ts). */
export interface SnapshotRequest {
  reason: string;
  at: string;
  changeToken: string;
}

/** What the snapshot worker is sent: the workspace already read, or none to read it itself. */
export interface SnapshotOrder {
  request: SnapshotRequest;
  stored?: StoredWorkspaceJson;
}

export async function keepRecoverySnapshot(stored: StoredWorkspaceJson, request: SnapshotRequest): Promise<SnapshotReply> {
  try {
    const { chunks, bytes, records, counts } = workspaceFileOf(stored, request.at, { isBackup: false });
    // An empty workspace is nothing to recover; keeping it would only push real snapshots out.
    return { ok: true, meta: records > 0 ? await keepSnapshot(chunks, bytes, counts, request) : undefined };
  } catch (e) {
    return { ok: false, message: describeError(e, 'keep a recovery snapshot') };
  }
}
