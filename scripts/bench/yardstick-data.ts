/**
 * The data yardstick: a fixed piece of JavaScript work of the kind the app's data rows
 * do (JSON in and out, Zod validation, sorting, grouping), run both in Node and in the
 * page (bundled by esbuild, see yardstick.ts). Its time says how fast this machine is
 * right now, so a row can be judged against it instead of against the wall clock.
 *
 * FIXED ON PURPOSE: it uses its own schema, not the app's, so the yardstick does not
 * move when the app changes. Changing anything here changes what it measures: run
 * `npm run bench:calibrate` on a quiet machine afterwards and update REFERENCE in
 * yardstick.ts.
 */
import { z } from 'zod';

const RECORDS = 10_000;

const Row = z.strictObject({
  id: z.string().regex(/^r-\d+$/),
  name: z.string().trim().min(1).max(120),
  level: z.number().int().min(0).max(6),
  score: z.number().min(0).max(1).nullable(),
  at: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
  tags: z.array(z.string().min(1)).max(8),
  status: z.enum(['active', 'hired', 'rejected', 'withdrawn']),
  owner: z.strictObject({ id: z.string(), name: z.string() }).optional(),
});
const Rows = z.array(Row);

const STATUSES = ['active', 'hired', 'rejected', 'withdrawn'] as const;

/** The same records every time: a linear congruential generator from a fixed seed. */
function records(): unknown[] {
  let seed = 20261125;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
  return Array.from({ length: RECORDS }, (_, i) => ({
    id: `r-${i}`,
    name: `Person ${Math.floor(next() * 100_000)} of team ${i % 37}`,
    level: Math.floor(next() * 7),
    score: next() < 0.1 ? null : Math.round(next() * 1000) / 1000,
    at: new Date(Date.UTC(2026, 0, 1) + Math.floor(next() * 300 * 86_400_000)).toISOString(),
    tags: Array.from({ length: Math.floor(next() * 5) }, (_, t) => `tag-${t}-${i % 11}`),
    status: STATUSES[Math.floor(next() * STATUSES.length)]!,
    ...(i % 3 === 0 ? { owner: { id: `o-${i % 50}`, name: `Owner ${i % 50}` } } : {}),
  }));
}

/** One run of the workload; returns its time in milliseconds. Throws if the work went wrong. */
export function dataWork(): number {
  const started = performance.now();
  const text = JSON.stringify(records());
  const rows = Rows.parse(JSON.parse(text));
  rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
  const byStatus = new Map<string, { count: number; levels: number }>();
  for (const r of rows) {
    const group = byStatus.get(r.status) ?? { count: 0, levels: 0 };
    group.count++;
    group.levels += r.level;
    byStatus.set(r.status, group);
  }
  const again = JSON.stringify([...byStatus]);
  const elapsed = performance.now() - started;
  if (rows.length !== RECORDS || again.length === 0) throw new Error('the data yardstick lost records');
  return elapsed;
}
