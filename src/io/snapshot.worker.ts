/**
 * Takes a recovery snapshot off the page's main thread (and off an import's worker): reads
 * the workspace unless it was handed over already, and keeps it as a workspace file in the
 * Origin Private File System (src/db/snapshots.ts), so typing on the page never waits for it.
 */
import { readWorkspaceJson } from '../db/workspace.ts';
import { keepRecoverySnapshot, type SnapshotOrder, type SnapshotReply } from './recovery-snapshot.ts';
import { describeError } from '../domain/errors.ts';

self.onmessage = async (event: MessageEvent<SnapshotOrder>) => {
  let reply: SnapshotReply;
  try {
    const { request, stored } = event.data;
    reply = await keepRecoverySnapshot(stored ?? (await readWorkspaceJson()), request);
  } catch (e) {
    reply = { ok: false, message: describeError(e, 'keep a recovery snapshot') };
  }
  self.postMessage(reply);
};
