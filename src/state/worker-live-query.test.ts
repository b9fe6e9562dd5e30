import { describe, expect, it } from 'vitest';
import { createRoot } from 'solid-js';
import { createWorkerLiveQuery, type WorkerAnswer } from './worker-live-query.ts';
import { describeError } from '../domain/errors.ts';

/** Stands in for a Worker: keeps what the page sent and lets the test answer. */
function fakeWorker() {
  const fake = {
    sent: [] as unknown[],
    terminated: false,
    onmessage: null as ((event: MessageEvent) => void) | null,
    onerror: null as ((event: ErrorEvent) => void) | null,
    postMessage(order: unknown) {
      fake.sent.push(order);
    },
    terminate() {
      fake.terminated = true;
    },
    answer<T>(answer: WorkerAnswer<T>) {
      fake.onmessage?.({ data: answer } as MessageEvent);
    },
  };
  return fake;
}

describe('a live query answered by a worker', () => {
  it('asks once, shows every answer as it comes, and stops the worker when its owner is cleaned up', () => {
    const worker = fakeWorker();
    createRoot((dispose) => {
      const query = createWorkerLiveQuery<number[]>(worker as unknown as Worker, { today: '2026-11-23' });
      expect(worker.sent).toEqual([{ today: '2026-11-23' }]);
      expect([query.loading(), query.data()]).toEqual([true, undefined]);
      worker.answer({ value: [1, 2] });
      expect([query.loading(), query.data(), query.error()]).toEqual([false, [1, 2], undefined]);
      // A write elsewhere: the worker answers again.
      worker.answer({ value: [1] });
      expect(query.data()).toEqual([1]);
      dispose();
    });
    expect(worker.terminated).toBe(true);
  });

  it('keeps the name of the error the worker met, so it is worded as the same error read on the page would be', () => {
    const worker = fakeWorker();
    createRoot((dispose) => {
      const query = createWorkerLiveQuery<number>(worker as unknown as Worker, {});
      worker.answer({ error: { name: 'DatabaseClosedError', message: 'Database has been closed' } });
      expect(query.loading()).toBe(false);
      expect(describeError(query.error(), 'read what needs you today')).toMatch(/^Could not read what needs you today: the browser closed Turbine's storage/);
      worker.onerror?.({ message: '' } as ErrorEvent);
      expect(describeError(query.error(), 'read what needs you today')).toBe('Could not read what needs you today: reading stopped unexpectedly');
      dispose();
    });
  });
});
