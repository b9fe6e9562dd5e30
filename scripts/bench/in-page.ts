/**
 * Code that runs inside the page, not in Node. Playwright serialises each function
 * with toString(), so every one must be self-contained: no imports, no closures over
 * Node values, only its argument. Timings are taken in the page with performance.now()
 * (milliseconds since navigation start), so the round trips between Node and the
 * browser never count.
 */

export interface LongTask {
  start: number;
  duration: number;
}

/** What the init script leaves on `window.__bench`. */
export interface Probe {
  /** Every main-thread task over 50 ms since navigation (PerformanceObserver 'longtask'). */
  longTasks: LongTask[];
  /** When something happened: a watched text first appeared in the DOM, the file input changed, a button was clicked. */
  marks: Record<string, number>;
  /** The first animation frame after a watched text appeared: when it is actually on screen. */
  frames: Record<string, number>;
  /** Start watching for `text` anywhere in the page; `marks[name]` is set when it appears. */
  watch: (name: string, text: string) => void;
  /** Every recovery snapshot the page took, in order: in a snapshot worker (src/io/snapshot.worker.ts) or kept by an import's worker. */
  snapshots: SnapshotRun[];
}

/**
 * One recovery snapshot, seen from the page: from `new Worker(…snapshot.worker…)` to its
 * reply, i.e. reading the workspace, building the file and writing it to the Origin
 * Private File System; or, for the one an import keeps from the read its check makes, from
 * the check sent to the import worker to its "snapshot" message. `records` is what the kept snapshot holds (0 when the workspace
 * was empty and nothing was kept).
 */
export interface SnapshotRun {
  start: number;
  end?: number;
  ok?: boolean;
  records?: number;
  bytes?: number;
}

export interface Watch {
  name: string;
  text: string;
}

/**
 * Installed with addInitScript, so it runs before any of the page's own scripts:
 * the long-task observer sees every task from the start, and a MutationObserver
 * notes the moment a watched text (e.g. "285 people") enters the DOM.
 */
export function installProbes(initial: Watch[]): void {
  const pending = new Map<string, string>();
  const probe: Probe = { longTasks: [], marks: {}, frames: {}, watch, snapshots: [] };
  (window as unknown as { __bench: Probe }).__bench = probe;

  // The app starts a worker per recovery snapshot (src/state/recovery.ts) and says nothing on
  // screen, so the bench sees them by wrapping the Worker constructor: the snapshot rows need to
  // know when one is being written, and the import rows must not let one run into a yardstick.
  // Our listener is added first, so `end` is noted as the reply arrives, before the app handles it.
  const NativeWorker = window.Worker;
  class WatchedWorker extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      type Reply = { ok?: boolean; meta?: { bytes: number; counts: Record<string, number> } };
      const answered = (run: SnapshotRun, reply: Reply | undefined) => {
        run.end ??= performance.now();
        run.ok = reply?.ok === true;
        run.records = Object.values(reply?.meta?.counts ?? {}).reduce((n, c) => n + c, 0);
        run.bytes = reply?.meta?.bytes;
      };
      if (/import\.worker/.test(String(url))) {
        // An import keeps its snapshot from the read its check makes: the run starts when the page
        // sends the check and ends with the worker's "snapshot" message.
        let checkSentAt: number | undefined;
        const send = this.postMessage.bind(this) as (message: unknown, transfer?: Transferable[]) => void;
        this.postMessage = ((message: { type?: string }, transfer?: Transferable[]) => {
          if (message?.type === 'check') checkSentAt = performance.now();
          send(message, transfer);
        }) as Worker['postMessage'];
        this.addEventListener('message', (e: MessageEvent<{ type?: string; reply?: Reply }>) => {
          if (e.data?.type !== 'snapshot') return;
          const run: SnapshotRun = { start: checkSentAt ?? performance.now() };
          probe.snapshots.push(run);
          answered(run, e.data.reply);
        });
        return;
      }
      if (!/snapshot\.worker/.test(String(url))) return;
      const run: SnapshotRun = { start: performance.now() };
      probe.snapshots.push(run);
      this.addEventListener('message', (e: MessageEvent<Reply>) => answered(run, e.data));
      this.addEventListener('error', () => {
        run.end ??= performance.now();
        run.ok = false;
      });
    }
  }
  (window as unknown as { Worker: typeof Worker }).Worker = WatchedWorker;

  function check() {
    if (pending.size === 0) return;
    const text = document.documentElement?.textContent ?? '';
    const now = performance.now();
    for (const [name, needle] of pending) {
      if (!text.includes(needle)) continue;
      pending.delete(name);
      probe.marks[name] = now;
      requestAnimationFrame(() => (probe.frames[name] = performance.now()));
    }
  }
  function watch(name: string, text: string) {
    pending.set(name, text);
    check();
  }
  for (const w of initial) pending.set(w.name, w.text);
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: longTasks stays empty and the report says so.
  }

  // Capture phase on window: runs before the app's own (delegated) handlers.
  addEventListener(
    'change',
    (e) => {
      const target = e.target as Element | null;
      if (target?.id) probe.marks[`change:${target.id}`] = performance.now();
    },
    true,
  );
  addEventListener(
    'click',
    (e) => {
      const button = (e.target as Element | null)?.closest?.('button');
      if (button) probe.marks[`click:${(button.textContent ?? '').trim()}`] = performance.now();
    },
    true,
  );
}

/**
 * Budget 1: the app's own import worker checking the file, spoken to the way
 * src/io/import-session.ts does: post `{ type: 'check', file }`, wait for 'checked'
 * (or 'refused' / 'failed'). Timed from postMessage to that reply, which covers reading
 * the File, JSON.parse, the full Zod validation, the id and reference checks, and the
 * worker comparing the file with the (empty) stored workspace for the preview. A new
 * worker per run, as the app opens one per import.
 */
export async function validateInWorker(arg: { workerUrl: string; fileUrl: string }) {
  const blob = await (await fetch(arg.fileUrl)).blob();
  const file = new File([blob], 'workspace.json', { type: 'application/json' });
  const worker = new Worker(arg.workerUrl, { type: 'module' });
  type Reply = { type?: string; failure?: { headline: string }; message?: string };
  const started = performance.now();
  const reply = await new Promise<Reply>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<Reply>) => {
      // 'progress' and anything else that is not an answer to 'check' is not the end.
      if (e.data?.type === 'checked' || e.data?.type === 'refused' || e.data?.type === 'failed' || e.data?.type === undefined) resolve(e.data);
    };
    worker.onerror = (e) => reject(new Error(e.message || 'the import worker failed'));
    worker.postMessage({ type: 'check', file });
  });
  const took = performance.now() - started;
  worker.terminate();
  const ok = reply?.type === 'checked';
  const why = reply?.failure?.headline ?? reply?.message ?? `unexpected reply ${JSON.stringify(reply).slice(0, 200)} (has the worker's protocol changed?)`;
  return { ms: took, ok, headline: ok ? undefined : why };
}

/**
 * Budget 2's yardstick: the same records written with nothing but IndexedDB. One
 * database, one object store per kind (keyPath 'id', no indexes), every record `put`
 * in ONE readwrite transaction, timed from the first put to the transaction's complete
 * event. Also returns how long the put() calls themselves kept the main thread busy
 * (IndexedDB serialises each value synchronously inside put()).
 */
export async function bareWrite(arg: { fileUrl: string; kinds: string[]; name: string }) {
  const file = (await (await fetch(arg.fileUrl)).json()) as { data: Record<string, { id: string }[]> };
  const data = file.data;

  const request = <T>(r: IDBRequest<T> | IDBOpenDBRequest) =>
    new Promise<T>((resolve, reject) => {
      r.onsuccess = () => resolve(r.result as T);
      r.onerror = () => reject(r.error);
    });
  await request(indexedDB.deleteDatabase(arg.name));
  const open = indexedDB.open(arg.name, 1);
  open.onupgradeneeded = () => {
    for (const kind of arg.kinds) open.result.createObjectStore(kind, { keyPath: 'id' });
  };
  const db = await request<IDBDatabase>(open);

  const tx = db.transaction(arg.kinds, 'readwrite');
  const complete = new Promise<number>((resolve, reject) => {
    tx.oncomplete = () => resolve(performance.now());
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
  let records = 0;
  const started = performance.now();
  for (const kind of arg.kinds) {
    const store = tx.objectStore(kind);
    for (const record of data[kind] ?? []) {
      store.put(record);
      records++;
    }
  }
  const putsQueued = performance.now() - started;
  const took = (await complete) - started;

  // Leave nothing behind: the next measurements read the origin's storage.
  db.close();
  await request(indexedDB.deleteDatabase(arg.name));
  return { ms: took, putsQueuedMs: putsQueued, records };
}

/**
 * The body of a probe worker, served by the bench at /__bench/probe-worker.js (same
 * origin, so the site's CSP allows it). It does the first half of what the app's worker
 * does: read the File and JSON.parse it, then reply with its timings only. Set beside
 * row 1, the difference is what validation and the preview cost.
 */
export async function probeWorkerOnMessage(event: MessageEvent<File>) {
  const receivedAt = performance.timeOrigin + performance.now();
  const readStart = performance.now();
  const text = await event.data.text();
  const readMs = performance.now() - readStart;
  const parseStart = performance.now();
  const parsed = JSON.parse(text) as { data: unknown };
  const parseMs = performance.now() - parseStart;
  postMessage({ receivedAt, readMs, parseMs, kinds: Object.keys(parsed.data ?? {}).length });
}

/** Runs the probe worker once. Times across threads use timeOrigin + now(), the same clock in both. */
export async function probeWorkerRoundTrip(arg: { probeUrl: string; fileUrl: string }) {
  const blob = await (await fetch(arg.fileUrl)).blob();
  const file = new File([blob], 'workspace.json', { type: 'application/json' });
  const worker = new Worker(arg.probeUrl);
  const postedAt = performance.timeOrigin + performance.now();
  const reply = await new Promise<{ receivedAt: number; readMs: number; parseMs: number; arrivedAt: number }>((resolve, reject) => {
    worker.onmessage = (e) => resolve({ ...e.data, arrivedAt: performance.timeOrigin + performance.now() });
    worker.onerror = (e) => reject(new Error(e.message || 'the probe worker failed'));
    worker.postMessage(file);
  });
  worker.terminate();
  return {
    startMs: reply.receivedAt - postedAt,
    readMs: reply.readMs,
    parseMs: reply.parseMs,
    totalMs: reply.arrivedAt - postedAt,
  };
}

/**
 * A rough breakdown of an export, with the workspace loaded: read every table of the
 * app's database in one transaction with plain getAll, JSON.stringify the lot, make the
 * Blob, here on the page's main thread (the app does the same in its export worker, plus
 * expanding grouped rows). Only for the report; the app's own export is what row 4 times.
 */
export async function exportBreakdown() {
  const request = <T>(r: IDBRequest<T> | IDBOpenDBRequest) =>
    new Promise<T>((resolve, reject) => {
      r.onsuccess = () => resolve(r.result as T);
      r.onerror = () => reject(r.error);
    });
  const db = await request<IDBDatabase>(indexedDB.open('turbine'));
  const names = [...db.objectStoreNames];
  const readStart = performance.now();
  const tx = db.transaction(names, 'readonly');
  const data: Record<string, unknown[]> = {};
  await Promise.all(names.map(async (name) => (data[name] = await request<unknown[]>(tx.objectStore(name).getAll()))));
  const readMs = performance.now() - readStart;
  const stringifyStart = performance.now();
  const json = JSON.stringify(data);
  const stringifyMs = performance.now() - stringifyStart;
  const blobStart = performance.now();
  const blob = new Blob([json], { type: 'application/json' });
  const blobMs = performance.now() - blobStart;
  db.close();
  return { readMs, stringifyMs, blobMs, bytes: blob.size };
}
