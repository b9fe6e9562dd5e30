/**
 * Runs the snapshot worker (src/io/snapshot.worker.ts) for one order, from the page or from
 * an import's worker. Only types come from the worker's side, so a page loading this does not
 * load what the worker does.
 */
import type { SnapshotOrder, SnapshotReply } from './recovery-snapshot.ts';

/** Resolves with the worker's reply; never rejects. */
export function keepInSnapshotWorker(order: SnapshotOrder): Promise<SnapshotReply> {
  return new Promise<SnapshotReply>((resolve) => {
    const worker = new Worker(new URL('./snapshot.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<SnapshotReply>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      resolve({ ok: false, message: event.message || 'the snapshot stopped unexpectedly' });
    };
    worker.postMessage(order);
  });
}
