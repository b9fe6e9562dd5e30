/**
 * Noticing a workspace the browser lost. Chromium's crash recovery can discard or
 * empty an IndexedDB database (seen after a kill during a large commit), and the app
 * then opens on an empty workspace as if nothing had happened. A small marker of the
 * last known record counts, kept outside IndexedDB, lets the app notice on open; a
 * recovery snapshot, also outside IndexedDB, lets it offer the data back.
 */

/** Stored rows per table (or records per kind, for a snapshot), as the app last saw them. */
export type RecordCounts = Record<string, number>;

export interface CountMarker {
  counts: RecordCounts;
  /** When the counts were taken (ISO instant). */
  at: string;
}

export interface Loss {
  kind: 'vanished' | 'shrank';
  before: number;
  now: number;
  since: string;
}

export const totalOf = (counts: RecordCounts): number => Object.values(counts).reduce((n, c) => n + c, 0);

/**
 * A workspace lost without the user asking: it held records and now holds none, or
 * it lost at least half of them and at least `SHRINK_MIN` records at once. Every
 * deliberate removal (start over, replace, remove sample data, a delete) updates the
 * marker as it happens, so only an unasked loss is left for this rule to see.
 */
export const SHRINK_MIN = 20;

export function lossOf(marker: CountMarker | undefined, current: RecordCounts): Loss | undefined {
  if (!marker) return undefined;
  const before = totalOf(marker.counts);
  const now = totalOf(current);
  if (before === 0) return undefined;
  if (now === 0) return { kind: 'vanished', before, now, since: marker.at };
  if (now * 2 <= before && before - now >= SHRINK_MIN) return { kind: 'shrank', before, now, since: marker.at };
  return undefined;
}

export interface SnapshotMeta {
  name: string;
  /** When it was taken (ISO instant). */
  at: string;
  counts: RecordCounts;
  bytes: number;
  /** Why it was taken: "changes", "before importing a file", "before starting over". */
  reason: string;
  /** The workspace's change token when it was taken: while still current, this snapshot holds the workspace as it is. Absent in snapshots from before tokens. */
  changeToken?: string;
}

/** Snapshots kept at most, and their total size at most (the newest is always kept). */
export const SNAPSHOT_LIMITS = { count: 4, bytes: 200 * 1024 * 1024 };

/** Which snapshots to delete so the rest fit the limits, newest kept first. */
export function snapshotsToPrune(snapshots: readonly SnapshotMeta[], limits = SNAPSHOT_LIMITS): SnapshotMeta[] {
  const newestFirst = [...snapshots].sort((a, b) => b.at.localeCompare(a.at));
  const prune: SnapshotMeta[] = [];
  let bytes = 0;
  newestFirst.forEach((s, i) => {
    bytes += s.bytes;
    if (i > 0 && (i >= limits.count || bytes > limits.bytes)) prune.push(s);
  });
  return prune;
}
