/**
 * Export runs here, off the page's main thread: reading every table and writing tens
 * of megabytes of JSON into a Blob. The page receives only the Blob (passed by
 * reference) and offers it as a download.
 */
import { exportWorkspace } from './export-workspace.ts';
import { describeError } from '../domain/errors.ts';

export type ExportReply = { ok: true; blob: Blob; fileName: string; records: number } | { ok: false; message: string };

self.onmessage = async (event: MessageEvent<{ exportedAt: string }>) => {
  try {
    const { text, fileName, records } = await exportWorkspace(event.data.exportedAt);
    const blob = new Blob([text], { type: 'application/json' });
    self.postMessage({ ok: true, blob, fileName, records } satisfies ExportReply);
  } catch (e) {
    self.postMessage({ ok: false, message: describeError(e, 'export the workspace') } satisfies ExportReply);
  }
};
