import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { TurbineDB, useDatabase } from './database.ts';
import { commitImport, readWorkspace } from './workspace.ts';
import {
  bringPersonBack,
  movePersonOn,
  readCharter,
  readMatrix,
  readSystems,
  recordAssessments,
  applyLibraryMerge,
  saveArea,
  saveCapability,
  saveCharter,
  savePerson,
} from './design.ts';
import { ids, tinyWorkspace } from '../test/workspaces.ts';
import { DEFAULT_SCALE_ID } from '../domain/default-scale.ts';

let db: TurbineDB;
let n = 0;
beforeEach(() => {
  db = new TurbineDB(`design-test-${n++}`);
  useDatabase(db);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('charter', () => {
  it('keeps one charter and updates it in place', async () => {
    const first = await saveCharter({ name: 'Payments', mission: 'Move money', value: '', vision: '', partners: [] });
    await saveCharter({ ...first, vision: 'Money that just works' });
    expect(await db.teams.count()).toBe(1);
    expect((await readCharter())?.vision).toBe('Money that just works');
  });

  it('saves the scope as systems with the charter, keeping what the form did not edit', async () => {
    const team = await saveCharter({ name: 'Payments', mission: '', value: '', vision: '', partners: [] }, { keep: [{ name: 'Ledger', kind: 'data' }, { name: 'Refunds', kind: 'service' }], remove: [] });
    const [ledger, refunds] = await readSystems();
    await db.systems.update(ledger!.id, { ownerIds: [ids.person] });
    const withOwner = (await db.systems.get(ledger!.id))!;
    await saveCharter(team, { keep: [{ id: ledger!.id, name: 'Double-entry ledger', kind: 'data', updatedAt: withOwner.updatedAt }], remove: [refunds!.id] });
    const after = await readSystems();
    expect(after.map((s) => [s.name, s.kind, s.ownerIds])).toEqual([['Double-entry ledger', 'data', [ids.person]]]);
  });

  it('refuses a save over a charter another tab changed, and a second first charter', async () => {
    // Both saves within one millisecond, as on a fast machine: the stamps must still differ.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-06T10:00:00.000Z') });
    onTestFinished(() => void vi.useRealTimers());
    const first = await saveCharter({ name: 'Payments', mission: '', value: '', vision: '', partners: [] });
    const otherTab = await saveCharter({ ...first, mission: 'From the other tab' });
    await expect(saveCharter({ ...first, mission: 'Stale' })).rejects.toMatchObject({ name: 'StaleRecordError', fresh: { mission: 'From the other tab' } });
    await expect(saveCharter({ name: 'Second', mission: '', value: '', vision: '', partners: [] })).rejects.toMatchObject({ name: 'StaleRecordError' });
    expect(await db.teams.toArray()).toEqual([otherTab]);
  });

  it('refuses to save a charter that is no longer in the workspace, writing nothing', async () => {
    const first = await saveCharter({ name: 'Payments', mission: '', value: '', vision: '', partners: [] });
    await db.teams.clear();
    await expect(saveCharter({ ...first, mission: 'Stale tab' })).rejects.toMatchObject({ name: 'GoneRecordError' });
    expect(await db.teams.count()).toBe(0);
  });

  it('refuses a charter without a name, writing nothing', async () => {
    await expect(saveCharter({ name: '  ', mission: '', value: '', vision: '', partners: [] })).rejects.toThrow();
    expect(await db.teams.count()).toBe(0);
  });
});

describe('people', () => {
  it('refuses an edit of someone another tab edited or removed', async () => {
    const p = await savePerson({ name: 'Ada', role: 'Engineer', level: 'L5', status: 'member', fit: '' });
    expect(p.updatedAt).toBeDefined();
    await savePerson({ ...p, role: 'Staff engineer' });
    await expect(savePerson({ ...p, role: 'Stale' })).rejects.toMatchObject({ name: 'StaleRecordError' });
    await db.people.clear();
    await expect(savePerson({ ...p, role: 'Stale' })).rejects.toMatchObject({ name: 'GoneRecordError' });
    expect(await db.people.count()).toBe(0);
  });

  it('moves someone on without deleting them, and brings them back', async () => {
    const p = await savePerson({ name: 'Ada', role: 'Engineer', level: 'L5', status: 'member', fit: '' });
    await movePersonOn(p.id, '2026-11-20');
    expect(await db.people.get(p.id)).toMatchObject({ status: 'moved-on', movedOnDate: '2026-11-20' });
    await bringPersonBack(p.id);
    const back = await db.people.get(p.id);
    expect(back?.status).toBe('member');
    expect(back?.movedOnDate).toBeUndefined();
  });
});

describe('capabilities', () => {
  it('gives a new capability the shared default scale, created once', async () => {
    const area = await saveArea({ name: 'Delivery', description: '' });
    const a = await saveCapability({ areaId: area.id, name: 'Testing', kind: 'technical', description: '', descriptors: [] });
    const b = await saveCapability({ areaId: area.id, name: 'Deploying', kind: 'technical', description: '', descriptors: [] });
    expect(a.scaleId).toBe(DEFAULT_SCALE_ID);
    expect(b.scaleId).toBe(DEFAULT_SCALE_ID);
    expect(await db.levelScales.count()).toBe(1);
  });

  it('refuses an edit of an area or a capability over a version another tab saved, or of one that is gone, writing nothing', async () => {
    const area = await saveArea({ name: 'Delivery', description: '' });
    const areaElsewhere = await saveArea({ ...area, description: 'From the other tab' });
    await expect(saveArea({ ...area, name: 'Stale' })).rejects.toMatchObject({ name: 'StaleRecordError', fresh: areaElsewhere });
    expect(await db.capabilityAreas.toArray()).toEqual([areaElsewhere]);

    const cap = await saveCapability({ areaId: area.id, name: 'Testing', kind: 'technical', description: '', descriptors: [] });
    const capElsewhere = await saveCapability({ ...cap, description: 'From the other tab' });
    await expect(saveCapability({ ...cap, name: 'Stale' })).rejects.toMatchObject({ name: 'StaleRecordError', fresh: capElsewhere });
    expect(await db.capabilities.toArray()).toEqual([capElsewhere]);

    await db.capabilities.clear();
    await expect(saveCapability({ ...capElsewhere, name: 'Gone' })).rejects.toMatchObject({ name: 'GoneRecordError' });
    await db.capabilityAreas.clear();
    await expect(saveArea({ ...areaElsewhere, name: 'Gone' })).rejects.toMatchObject({ name: 'GoneRecordError' });
    expect([await db.capabilities.count(), await db.capabilityAreas.count()]).toEqual([0, 0]);
  });

  it('refuses a framework import that updates a capability another tab changed since the plan was made, writing nothing', async () => {
    const area = await saveArea({ name: 'Delivery', description: '' });
    const cap = await saveCapability({ areaId: area.id, name: 'Testing', kind: 'technical', description: '', descriptors: [] });
    const added = { ...cap, id: crypto.randomUUID(), name: 'Deploying' };
    const plan = {
      scales: { add: [] },
      areas: { add: [] },
      capabilities: { add: [added], update: [{ ...cap, description: 'From the framework' }], unchanged: 0 },
      notes: [],
      summary: { areas: 1, capabilities: 2, levels: 0, descriptors: 0 },
    };
    const elsewhere = await saveCapability({ ...cap, description: 'From the other tab' });
    await expect(applyLibraryMerge(plan)).rejects.toMatchObject({ name: 'StaleRecordError', fresh: elsewhere });
    expect(await db.capabilities.toArray()).toEqual([elsewhere]);
    await applyLibraryMerge({ ...plan, capabilities: { ...plan.capabilities, update: [{ ...elsewhere, description: 'From the framework' }] } });
    expect((await db.capabilities.toArray()).map((c) => c.description).sort()).toEqual(['', 'From the framework']);
  });

  it('refuses a capability whose area is gone', async () => {
    await expect(
      saveCapability({ areaId: ids.area, name: 'Testing', kind: 'technical', description: '', descriptors: [] }),
    ).rejects.toThrow(/area/);
    expect(await db.capabilities.count()).toBe(0);
  });
});

describe('recordAssessments', () => {
  it('appends to the history and keeps every earlier observation', async () => {
    await commitImport(tinyWorkspace(), 'replace');
    await recordAssessments([{ personId: ids.person, capabilityId: ids.capability, level: 0, interested: false, source: 'manager' }]);
    await recordAssessments([{ personId: ids.person2, capabilityId: ids.capability, level: 1, interested: true, source: 'self' }]);
    const { assessments } = await readMatrix();
    expect(assessments).toHaveLength(3);
    expect(assessments.filter((a) => a.personId === ids.person).map((a) => a.level)).toEqual([1, 0]);
    // The rest of the workspace is untouched.
    const all = await readWorkspace();
    expect(all.people).toHaveLength(2);
  });

  it('keeps both of two tabs’ appends to one person’s history made at the same moment', async () => {
    await commitImport(tinyWorkspace(), 'replace');
    // A second connection to the same database, as another tab has.
    const otherTab = new TurbineDB(db.name);
    onTestFinished(() => otherTab.close());
    // Ten minutes apart, so none of them is a quick correction of the one before.
    const entry = (level: number, i: number) => ({
      personId: ids.person, capabilityId: ids.capability, level, interested: false, source: 'manager' as const,
      at: new Date(Date.parse('2026-01-01T09:00:00.000Z') + i * 600_000).toISOString(),
    });
    // recordAssessments picks its connection before its first await, so the two calls interleave on two connections.
    const appends: Promise<unknown>[] = [];
    for (let i = 0; i < 10; i++) {
      useDatabase(i % 2 === 0 ? db : otherTab);
      appends.push(recordAssessments([entry(i % 2, i)]));
    }
    useDatabase(db);
    await Promise.all(appends);
    expect((await readMatrix()).assessments.filter((a) => a.personId === ids.person)).toHaveLength(11);
  });

  it('refuses an assessment of someone not in the workspace, writing nothing', async () => {
    await commitImport(tinyWorkspace(), 'replace');
    await expect(
      recordAssessments([
        { personId: ids.person, capabilityId: ids.capability, level: 0, interested: false, source: 'manager' },
        { personId: '99999999-9999-4999-8999-999999999999', capabilityId: ids.capability, level: 1, interested: false, source: 'manager' },
      ]),
    ).rejects.toThrow(/person/);
    expect((await readMatrix()).assessments).toHaveLength(1);
  });

  it('replaces an entry corrected within minutes instead of adding to the history', async () => {
    await commitImport(tinyWorkspace(), 'replace');
    const at = (minutes: number) => new Date(Date.parse('2026-11-23T09:00:00.000Z') + minutes * 60_000).toISOString();
    const edit = (level: number, minutes: number, source: 'manager' | 'self' = 'manager') =>
      recordAssessments([{ personId: ids.person2, capabilityId: ids.capability, level, interested: false, source, at: at(minutes) }]);
    const first = await edit(2, 0);
    expect(first.replaced).toEqual([]);
    const second = await edit(3, 1);
    expect(second.replaced.map((a) => a.id)).toEqual(first.added.map((a) => a.id));
    await edit(2, 2);
    const mine = () => readMatrix().then((m) => m.assessments.filter((a) => a.personId === ids.person2));
    expect((await mine()).map((a) => a.level)).toEqual([2]);
    // A real change later on is kept, and the person's own view is its own history.
    await edit(3, 60);
    await edit(4, 61, 'self');
    expect((await mine()).map((a) => [a.level, a.source])).toEqual([[2, 'manager'], [3, 'manager'], [4, 'self']]);
  });
});
