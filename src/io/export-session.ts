/**
 * The page's side of an export: asks the export worker for the file and resolves with it,
 * or rejects with the worker's error (its name kept), so the page reports it in the same
 * words as any other failed write (describeError through the action primitive).
 */
import type { ExportFailure, ExportReply } from './export.worker.ts';

export type ExportedFile = Extract<ExportReply, { ok: true }>;

/** The worker's error again as an Error, with the name describeError looks at (QuotaExceededError…). */
function errorOf(failure: ExportFailure): Error {
  const error = Object.assign(new Error(failure.message), failure.issues ? { issues: failure.issues } : {});
  error.name = failure.name;
  return error;
}

export function exportWorkspaceFile(exportedAt: string): Promise<ExportedFile> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ExportReply>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data);
      else reject(errorOf(event.data.error));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the export stopped unexpectedly'));
    };
    worker.postMessage({ exportedAt });
  });
}
