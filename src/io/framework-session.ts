/** The page's side of reading a framework file: one worker per file, closed once it answers. */
import type { FrameworkReply } from './framework.worker.ts';
import type { CapabilityLibrary } from '../domain/library-merge.ts';

export function readFrameworkInWorker(file: File, library: CapabilityLibrary): Promise<FrameworkReply> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./framework.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<FrameworkReply>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      resolve({ ok: false, headline: `${file.name} could not be read: ${event.message || 'the reader stopped unexpectedly'}.`, problems: [] });
    };
    worker.postMessage({ file, library });
  });
}
