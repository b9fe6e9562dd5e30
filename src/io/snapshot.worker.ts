/**
 * Takes a recovery snapshot off the page's main thread: reads the workspace as a
 * workspace file and keeps it in the Origin Private File System (src/db/snapshots.ts),
 * so typing on the page never waits for it.
 */
import { exportWorkspace } from './export-workspace.ts';
import { keepSnapshot } from '../db/snapshots.ts';
import type { SnapshotMeta } from '../domain/recovery.ts';
import { describeError } from '../domain/errors.ts';

export type SnapshotReply = { ok: true; meta: SnapshotMeta | undefined } | { ok: false; message: string };

/** Why, when, and the workspace's change token read before this worker began (src/db/change-token.ts). */
export interface SnapshotRequest {
  reason: string;
  at: string;
  changeToken: string;
}

self.onmessage = async (event: MessageEvent<SnapshotRequest>) => {
  try {
    const { chunks, bytes, records, counts } = await exportWorkspace(event.data.at, { isBackup: false });
    // An empty workspace is nothing to recover; keeping it would only push real snapshots out.
    const meta = records > 0 ? await keepSnapshot(chunks, bytes, counts, event.data) : undefined;
    self.postMessage({ ok: true, meta } satisfies SnapshotReply);
  } catch (e) {
    self.postMessage({ ok: false, message: describeError(e, 'keep a recovery snapshot') } satisfies SnapshotReply);
  }
};
