/**
 * Home's Hire lines, read and worked out off the page's main thread (src/islands/home/hire-today.ts).
 * A live query: a new answer is posted whenever a table it read changes, in this tab or another.
 */
import { observe } from '../db/observe.ts';
import { readHireToday, type HireTodayData } from '../db/hire-today.ts';
import type { WorkerAnswer } from '../state/worker-live-query.ts';

self.onmessage = (event: MessageEvent<{ today: string }>) => {
  const post = (answer: WorkerAnswer<HireTodayData>) => self.postMessage(answer);
  observe(
    () => readHireToday(event.data.today),
    (value) => post({ value }),
    (e) => post({ error: { name: e instanceof Error ? e.name : 'Error', message: e instanceof Error ? e.message : String(e) } }),
  );
};
