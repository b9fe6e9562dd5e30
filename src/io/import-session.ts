/**
 * The page's side of an import: a session with the import worker. Check a file, then
 * commit it in the chosen mode, or close the session to cancel.
 */
import type { ImportReply, ImportRequest } from './import.worker.ts';
import type { ImportMode } from '../domain/import-preview.ts';
import type { WriteProgress } from '../db/workspace.ts';
import { announceWorkspaceReplaced } from '../db/lifecycle.ts';
import { markWorkspaceChanged } from '../db/change-token.ts';
import type { SnapshotReply, SnapshotRequest } from './recovery-snapshot.ts';

export type CheckOutcome = Extract<ImportReply, { type: 'refused' | 'checked' | 'failed' }>;

export interface ImportSession {
  /**
   * Keep a recovery snapshot of the workspace the next check reads, from that same read; ask
   * before the check. Resolves once it is kept, or says why not (the file was refused, the
   * session was closed first).
   */
  keepSnapshot(request: SnapshotRequest): Promise<SnapshotReply>;
  check(file: File): Promise<CheckOutcome>;
  /** Resolves with the number of records written; rejects with a message a manager can read. */
  commit(mode: ImportMode, onProgress: (p: WriteProgress) => void): Promise<number>;
  close(): void;
}

export function openImportSession(): ImportSession {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  let listener: (reply: ImportReply) => void = () => {};
  let snapshotKept: ((reply: SnapshotReply) => void) | undefined;
  const answerSnapshot = (reply: SnapshotReply) => {
    snapshotKept?.(reply);
    snapshotKept = undefined;
  };
  worker.onmessage = (event: MessageEvent<ImportReply>) => {
    // The snapshot's answer comes whenever it is kept, whichever step the session is at.
    if (event.data.type === 'snapshot') answerSnapshot(event.data.reply);
    else listener(event.data);
  };
  worker.onerror = (event) => {
    const message = `The import stopped unexpectedly: ${event.message || 'unknown error'}`;
    answerSnapshot({ ok: false, message });
    listener({ type: 'failed', message });
  };
  const send = (request: ImportRequest) => worker.postMessage(request);

  return {
    keepSnapshot(request) {
      answerSnapshot({ ok: false, message: 'Another snapshot was asked for instead.' });
      return new Promise((resolve) => {
        snapshotKept = resolve;
        send({ type: 'snapshot', request });
      });
    },
    check(file) {
      return new Promise((resolve) => {
        listener = (reply) => {
          if (reply.type === 'refused' || reply.type === 'checked' || reply.type === 'failed') resolve(reply);
        };
        send({ type: 'check', file });
      });
    },
    commit(mode, onProgress) {
      return new Promise((resolve, reject) => {
        listener = (reply) => {
          if (reply.type === 'progress') onProgress(reply.progress);
          else if (reply.type === 'imported') {
            // Announced from the page, not the worker: a worker's message would reach this tab too.
            if (mode === 'replace') announceWorkspaceReplaced();
            resolve(reply.records);
          }
          else if (reply.type === 'failed') reject(new Error(reply.message));
        };
        // The worker has no localStorage, so the page marks the change before the writes begin.
        markWorkspaceChanged();
        send({ type: 'commit', mode });
      });
    },
    close() {
      worker.terminate();
      answerSnapshot({ ok: false, message: 'The import was closed before its snapshot was kept.' });
    },
  };
}
