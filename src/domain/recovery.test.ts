import { describe, expect, it } from 'vitest';
import { lossOf, snapshotsToPrune, type SnapshotMeta } from './recovery.ts';

const marker = (counts: Record<string, number>) => ({ counts, at: '2026-11-23T09:00:00.000Z' });

describe('lossOf', () => {
  it('sees a workspace that vanished', () => {
    expect(lossOf(marker({ people: 8, assessments: 120 }), { people: 0, assessments: 0 })).toEqual({ kind: 'vanished', before: 128, now: 0, since: '2026-11-23T09:00:00.000Z' });
  });

  it('sees a workspace that lost half its records or more at once', () => {
    expect(lossOf(marker({ people: 8, assessments: 120 }), { people: 8, assessments: 56 })).toMatchObject({ kind: 'shrank', before: 128, now: 64 });
  });

  it('lets ordinary edits and small workspaces be', () => {
    expect(lossOf(marker({ people: 8, assessments: 120 }), { people: 8, assessments: 70 })).toBeUndefined();
    expect(lossOf(marker({ people: 3 }), { people: 1 })).toBeUndefined();
    expect(lossOf(marker({ people: 0 }), { people: 0 })).toBeUndefined();
    expect(lossOf(marker({ people: 5 }), { people: 9 })).toBeUndefined();
  });

  it('says nothing without a marker (a first visit)', () => {
    expect(lossOf(undefined, { people: 0 })).toBeUndefined();
  });
});

describe('snapshotsToPrune', () => {
  const snap = (name: string, at: string, bytes: number): SnapshotMeta => ({ name, at, bytes, counts: {}, reason: 'changes' });

  it('keeps the newest within the count and size limits', () => {
    const list = [snap('a', '2026-11-20T00:00:00Z', 10), snap('c', '2026-11-22T00:00:00Z', 10), snap('b', '2026-11-21T00:00:00Z', 10), snap('d', '2026-11-23T00:00:00Z', 10)];
    expect(snapshotsToPrune(list, { count: 2, bytes: 1000 }).map((s) => s.name)).toEqual(['b', 'a']);
    expect(snapshotsToPrune(list, { count: 10, bytes: 25 }).map((s) => s.name)).toEqual(['b', 'a']);
  });

  it('always keeps the newest, however large', () => {
    expect(snapshotsToPrune([snap('big', '2026-11-23T00:00:00Z', 10_000)], { count: 4, bytes: 10 })).toEqual([]);
  });
});
