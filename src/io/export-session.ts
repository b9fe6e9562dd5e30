/** The page's side of an export: asks the export worker for the file and resolves with it. */
import type { ExportReply } from './export.worker.ts';

export function exportWorkspaceFile(exportedAt: string): Promise<ExportReply> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ExportReply>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      resolve({ ok: false, message: `Could not export the workspace: ${event.message || 'the export stopped unexpectedly'}` });
    };
    worker.postMessage({ exportedAt });
  });
}
