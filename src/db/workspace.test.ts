import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TurbineDB, useDatabase } from './database.ts';
import { clearWorkspace, commitImport, countRecords, readWorkspace, readWorkspaceJson, readWorkspaceWithJson, removeSampleData, updateSettings } from './workspace.ts';
import { ids, tinyWorkspace } from '../test/workspaces.ts';
import { emptyWorkspace } from '../schemas/records.ts';

let db: TurbineDB;
let n = 0;
beforeEach(() => {
  db = new TurbineDB(`workspace-test-${n++}`);
  useDatabase(db);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('commitImport', () => {
  it('replace makes the workspace equal to the file', async () => {
    await commitImport(tinyWorkspace(), 'replace');
    const other = { ...emptyWorkspace(), people: [{ id: '12345678-1234-4234-8234-123456789abc', name: 'Lin', role: '', level: '', status: 'member' as const, fit: '' }] };
    await commitImport(other, 'replace');
    const after = await readWorkspace();
    expect(after.people.map((p) => p.name)).toEqual(['Lin']);
    expect(after.assessments).toEqual([]);
  });

  it('merge adds and updates by id and keeps the rest', async () => {
    await commitImport(tinyWorkspace(), 'replace');
    const incoming = { ...emptyWorkspace(), people: [{ ...tinyWorkspace().people[0]!, name: 'Ada Lovelace' }] };
    await commitImport(incoming, 'merge');
    const after = await readWorkspace();
    expect(after.people.map((p) => p.name).sort()).toEqual(['Ada Lovelace', 'Grace']);
    expect(after.assessments).toHaveLength(1);
  });

  it('reports progress up to the total', async () => {
    const seen: number[] = [];
    await commitImport(tinyWorkspace(), 'replace', (p) => seen.push(p.written));
    expect(seen.at(-1)).toBe(7);
  });

  it('reports a merge’s progress in the file’s records, though it rewrites the stored ones too', async () => {
    // Enough stored assessments that a merge rewrites them in several slices.
    const stored = tinyWorkspace();
    stored.assessments = Array.from({ length: 5000 }, (_, i) => ({
      ...stored.assessments[0]!,
      id: `a0000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      personId: i % 2 === 0 ? ids.person : ids.person2,
    }));
    await commitImport(stored, 'replace');
    const incoming = { ...emptyWorkspace(), assessments: tinyWorkspace().assessments.map((a) => ({ ...a, id: '12345678-1234-4234-8234-123456789abf' })) };
    const seen: { written: number; total: number }[] = [];
    await commitImport(incoming, 'merge', (p) => seen.push(p));
    expect(seen.every((p) => p.written <= p.total)).toBe(true);
    expect(seen.at(-1)).toEqual({ written: 1, total: 1 });
    expect((await countRecords()).assessments).toBe(5001);
  });

  it('leaves the database exactly as it was when a write fails half-way', async () => {
    await commitImport(tinyWorkspace(), 'replace');
    await updateSettings({ lastExportAt: '2026-11-20T10:00:00.000Z' });
    const before = await readWorkspace();
    const bad = tinyWorkspace();
    bad.people[0]!.name = 'Changed';
    // A value IndexedDB cannot store, in a kind written after people: the transaction must roll back.
    (bad.decisions as unknown[]).push({ id: '12345678-1234-4234-8234-123456789abd', title: 'x', date: '2026-01-01', oops: () => 1 });
    await expect(commitImport(bad, 'replace')).rejects.toThrow();
    expect(await readWorkspace()).toEqual(before);
  });
});

describe('grouped storage of assessments', () => {
  it('keeps one row per person and hands back plain records', async () => {
    const data = tinyWorkspace();
    data.assessments.push({ ...data.assessments[0]!, id: '12345678-1234-4234-8234-123456789abe', level: 2 });
    await commitImport(data, 'replace');
    expect(await db.assessmentLogs.count()).toBe(1);
    expect((await readWorkspace()).assessments.map((a) => a.level)).toEqual([1, 2]);
    expect((await countRecords()).assessments).toBe(2);
  });

  it('moves a merged record to its new group without leaving a copy behind', async () => {
    await commitImport(tinyWorkspace(), 'replace');
    const moved = { ...tinyWorkspace().assessments[0]!, personId: ids.person2 };
    await commitImport({ ...emptyWorkspace(), assessments: [moved] }, 'merge');
    const after = await readWorkspace();
    expect(after.assessments).toEqual([moved]);
    expect(await db.assessmentLogs.count()).toBe(1);
  });
});

describe('one read as records and as JSON text', () => {
  it('gives what readWorkspace and readWorkspaceJson give, grouped kinds included', async () => {
    const data = tinyWorkspace();
    data.assessments.push({ ...data.assessments[0]!, id: '12345678-1234-4234-8234-123456789abe', personId: ids.person2, level: 2 });
    await commitImport(data, 'replace');
    const both = await readWorkspaceWithJson();
    expect(both.data).toEqual(await readWorkspace());
    expect(both.json).toEqual(await readWorkspaceJson());
    const assessments = both.json.kinds.assessments;
    expect(assessments.count).toBe(2);
    expect(JSON.parse(assessments.pieces.join(''))).toEqual(both.data.assessments);
  });
});

describe('start over and sample data', () => {
  it('clearWorkspace empties every table', async () => {
    await commitImport(tinyWorkspace(), 'replace');
    await clearWorkspace();
    const counts = await countRecords();
    expect(Object.values(counts).every((c) => c === 0)).toBe(true);
  });

  it('removeSampleData removes sample records and what depends on them, and keeps the manager’s own', async () => {
    const data = tinyWorkspace();
    data.people[0]!.sample = true; // Ada is sample; her assessment is the manager's own but points at her.
    await commitImport(data, 'replace');
    const removed = await removeSampleData();
    expect(removed).toBe(2);
    const after = await readWorkspace();
    expect(after.people.map((p) => p.id)).toEqual([ids.person2]);
    expect(after.assessments).toEqual([]);
    expect(after.capabilities).toHaveLength(1);
  });
});
