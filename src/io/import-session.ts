/**
 * The page's side of an import: a session with the import worker. Check a file, then
 * commit it in the chosen mode, or close the session to cancel.
 */
import type { ImportReply, ImportRequest } from './import.worker.ts';
import type { ImportMode } from '../domain/import-preview.ts';
import type { WriteProgress } from '../db/workspace.ts';
import { announceWorkspaceReplaced } from '../db/lifecycle.ts';
import { markWorkspaceChanged } from '../db/change-token.ts';

export type CheckOutcome = Extract<ImportReply, { type: 'refused' | 'checked' | 'failed' }>;

export interface ImportSession {
  check(file: File): Promise<CheckOutcome>;
  /** Resolves with the number of records written; rejects with a message a manager can read. */
  commit(mode: ImportMode, onProgress: (p: WriteProgress) => void): Promise<number>;
  close(): void;
}

export function openImportSession(): ImportSession {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  let listener: (reply: ImportReply) => void = () => {};
  worker.onmessage = (event: MessageEvent<ImportReply>) => listener(event.data);
  worker.onerror = (event) => listener({ type: 'failed', message: `The import stopped unexpectedly: ${event.message || 'unknown error'}` });
  const send = (request: ImportRequest) => worker.postMessage(request);

  return {
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
    },
  };
}
