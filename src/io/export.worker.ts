/**
 * Export runs here, off the page's main thread: reading every table and writing tens
 * of megabytes of JSON into a Blob. The page receives only the Blob (passed by
 * reference) and offers it as a download.
 */
import { exportWorkspace } from './export-workspace.ts';

/** An Error does not cross to the page whole: its name (for describeError's advice), message and a schema check's issues do. */
export interface ExportFailure {
  name: string;
  message: string;
  issues?: { path: PropertyKey[]; message: string }[];
}
export type ExportReply = { ok: true; blob: Blob; fileName: string; records: number } | { ok: false; error: ExportFailure };

/** Dexie wraps the browser's DOMException: a quota error is sometimes one level down. */
function failureOf(e: unknown): ExportFailure {
  const err = (typeof e === 'object' && e !== null ? e : {}) as { name?: string; message?: string; inner?: { name?: string }; issues?: { path?: PropertyKey[]; message?: string }[] };
  return {
    name: err.inner?.name === 'QuotaExceededError' ? 'QuotaExceededError' : (err.name ?? 'Error'),
    message: err.message ?? String(e),
    ...(Array.isArray(err.issues) ? { issues: err.issues.map((i) => ({ path: (i.path ?? []).filter((p) => typeof p !== 'symbol'), message: i.message ?? 'is not valid' })) } : {}),
  };
}

self.onmessage = async (event: MessageEvent<{ exportedAt: string }>) => {
  try {
    const { chunks, fileName, records } = await exportWorkspace(event.data.exportedAt);
    const blob = new Blob(chunks, { type: 'application/json' });
    self.postMessage({ ok: true, blob, fileName, records } satisfies ExportReply);
  } catch (e) {
    self.postMessage({ ok: false, error: failureOf(e) } satisfies ExportReply);
  }
};
