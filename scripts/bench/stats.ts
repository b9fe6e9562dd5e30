/** Medians, not means: the machine is shared, and one run slowed by a neighbour should not move the result. */

export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarise(values: number[]): Summary {
  if (values.length === 0) return { median: NaN, min: NaN, max: NaN, runs: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: sorted.length };
}

export const ms = (n: number) => (Number.isFinite(n) ? `${Math.round(n).toLocaleString('en-GB')} ms` : 'n/a');
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const perSecond = (records: number, millis: number) => `${Math.round((records / millis) * 1000).toLocaleString('en-GB')} records/s`;

/** "812 ms (790–840)": the median, then the spread so a noisy row is visible at a glance. */
export function spread(s: Summary, format: (n: number) => string): string {
  if (s.runs <= 1 || s.min === s.max) return format(s.median);
  return `${format(s.median)} (${format(s.min)} – ${format(s.max)})`;
}
