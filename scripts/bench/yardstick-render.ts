/**
 * The render yardstick, page only (bundled by esbuild, see yardstick.ts): Solid renders
 * a fixed table of rows into the page, the browser lays it out, and the time runs to
 * the first frame after, as the bench's page rows are timed. Its time says how fast this
 * machine renders right now.
 *
 * FIXED ON PURPOSE: changing the rows, the markup or the way it is timed changes what it
 * measures: run `npm run bench:calibrate` on a quiet machine afterwards and update
 * REFERENCE in yardstick.ts.
 */
import { For, createSignal, type JSX } from 'solid-js';
import { render } from 'solid-js/web';
import h from 'solid-js/h';

const ROWS = 1_500;
const CELLS = ['name', 'role', 'level', 'status', 'started', 'note'] as const;

type Row = Record<(typeof CELLS)[number], string> & { id: number };

const rows: Row[] = Array.from({ length: ROWS }, (_, i) => ({
  id: i,
  name: `Person ${i}`,
  role: ['Engineer', 'Senior engineer', 'Staff engineer'][i % 3]!,
  level: `L${3 + (i % 4)}`,
  status: i % 9 === 0 ? 'New hire' : 'Member',
  started: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
  note: `Owns part ${i % 40} of the system and pairs on part ${(i + 7) % 40}`,
}));

/** One run: render, lay out, wait for the next frame, then remove it all. Returns milliseconds. */
export async function renderWork(): Promise<number> {
  const host = document.createElement('div');
  document.body.append(host);
  const started = performance.now();
  const [list] = createSignal(rows);
  // Hyperscript, as the bench has no JSX compiler; its node functions are what render() mounts.
  const table = () => h('table', h('tbody', h(For, { each: list }, (row: Row) => h('tr', { 'data-id': String(row.id) }, CELLS.map((c) => h('td', row[c]))))));
  const dispose = render(table as unknown as () => JSX.Element, host);
  // Layout now (as a page that shows its content must), then the frame that paints it.
  void host.offsetHeight;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const elapsed = performance.now() - started;
  const drawn = host.querySelectorAll('tr').length;
  dispose();
  host.remove();
  if (drawn !== ROWS) throw new Error(`the render yardstick drew ${drawn} rows, not ${ROWS}`);
  return elapsed;
}
