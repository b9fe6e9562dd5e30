import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TurbineDB, useDatabase } from './database.ts';
import { commitImport } from './workspace.ts';
import { importSystems, readNewestPlans, readPlans, readSurface, removePlan, removeSystem, savePlan, saveSystem, saveTemplate, setItemStatus } from './learn.ts';
import { planFromTemplate } from '../domain/learn/plans.ts';
import { planSurfaceImport, type SystemDraft } from '../domain/learn/surface-merge.ts';
import { ids, tinyWorkspace } from '../test/workspaces.ts';

let db: TurbineDB;
let n = 0;
beforeEach(async () => {
  db = new TurbineDB(`learn-test-${n++}`);
  useDatabase(db);
  await commitImport(tinyWorkspace(), 'replace');
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const draft = (name: string, fields: Partial<SystemDraft> = {}): SystemDraft => ({
  externalKey: `component:default/${name.toLowerCase()}`,
  name,
  kind: 'service',
  description: '',
  links: [],
  ownerIds: [ids.person],
  ...fields,
});

describe('systems', () => {
  it('adds a system and refuses an edit made from a stale copy', async () => {
    const added = await saveSystem({ name: 'Ledger', kind: 'data', description: '', links: [], ownerIds: [ids.person], capabilityIds: [ids.capability] });
    const saved = await saveSystem({ ...added, description: 'Every movement of money' });
    expect(saved.updatedAt! > added.updatedAt!).toBe(true);
    await expect(saveSystem({ ...added, description: 'From another tab' })).rejects.toThrow(/changed in another tab/);
    expect((await readSurface()).systems.map((s) => s.description)).toEqual(['Every movement of money']);
  });

  it('imports a catalog twice without duplicating, keeping the capabilities only Turbine knows', async () => {
    await importSystems(planSurfaceImport([], [draft('Ledger'), draft('Refunds')]));
    const [ledger] = (await readSurface()).systems;
    await saveSystem({ ...ledger!, capabilityIds: [ids.capability] });
    const again = planSurfaceImport((await readSurface()).systems, [draft('Ledger', { ownerIds: [ids.person2] }), draft('Refunds')]);
    expect(await importSystems(again)).toEqual({ added: 0, updated: 1 });
    const systems = (await readSurface()).systems;
    expect(systems.map((s) => [s.name, s.ownerIds, s.capabilityIds])).toEqual([
      ['Ledger', [ids.person2], [ids.capability]],
      ['Refunds', [ids.person], []],
    ]);
  });

  it('refuses the whole import when a system it updates changed since the preview', async () => {
    await importSystems(planSurfaceImport([], [draft('Ledger')]));
    const plan = planSurfaceImport((await readSurface()).systems, [draft('Ledger', { name: 'Ledger v2' }), draft('New one')]);
    const [ledger] = (await readSurface()).systems;
    await saveSystem({ ...ledger!, description: 'edited meanwhile' });
    await expect(importSystems(plan)).rejects.toThrow(/changed in another tab/);
    expect((await readSurface()).systems.map((s) => s.name)).toEqual(['Ledger']);
  });

  it('removes a system and keeps the plans that were into it, without the pointer', async () => {
    const system = await saveSystem({ name: 'Ledger', kind: 'data', description: '', links: [], ownerIds: [], capabilityIds: [] });
    await db.onboardingPlans.add({
      id: '77777777-7777-4777-8777-777777777777',
      personId: ids.person,
      title: 'Ada into the ledger',
      kind: 'rotation',
      startDate: '2026-12-01',
      systemId: system.id,
      items: [{ id: '88888888-8888-4888-8888-888888888888', title: 'Read the model', period: 'week-1', offset: 0, type: 'read', owner: 'learner', section: '', check: '', steps: [], systemId: system.id, status: 'todo', notes: '' }],
    });
    await removeSystem(system);
    const [plan] = await db.onboardingPlans.toArray();
    expect(plan!.systemId).toBeUndefined();
    expect(plan!.items[0]!.systemId).toBeUndefined();
    expect(plan!.items[0]!.title).toBe('Read the model');
    expect(await db.systems.count()).toBe(0);
  });
});

describe('onboarding plans', () => {
  const template = [
    { title: 'Read the charter', period: 'week-1' as const, offset: 0, type: 'read' as const, owner: 'learner' as const, section: '', check: '', steps: [], notes: '' },
    { title: 'Pair on a change', period: 'week-1' as const, offset: 2, type: 'pair' as const, owner: 'learner' as const, section: '', check: '', steps: [], notes: '' },
  ];
  const start = () => savePlan(planFromTemplate({ personId: ids.person, title: 'Ada: first 90 days', kind: 'new-hire', startDate: '2026-12-07', buddyId: ids.person2 }, template, () => crypto.randomUUID()));

  it('starts a plan, keeps the ticks of two tabs, and refuses an edit from a stale copy', async () => {
    const plan = await start();
    const [a, b] = plan.items;
    // Two tabs tick different items from the same copy: both ticks stay.
    await setItemStatus(plan.id, a!.id, 'done', '2026-12-07');
    await setItemStatus(plan.id, b!.id, 'done', '2026-12-08');
    const [stored] = (await readPlans()).plans;
    expect(stored!.items.map((i) => [i.status, i.completedOn])).toEqual([['done', '2026-12-07'], ['done', '2026-12-08']]);
    // The copy read before the ticks cannot overwrite them.
    await expect(savePlan({ ...plan, startDate: '2026-12-14' })).rejects.toThrow(/changed in another tab/);
    const moved = await savePlan({ ...stored!, startDate: '2026-12-14' });
    expect(moved.startDate).toBe('2026-12-14');
    await removePlan(moved);
    expect((await readPlans()).plans).toEqual([]);
  });

  it('reads the newest plans first in the list’s own order, plans sharing the boundary start day included', async () => {
    const plan = (title: string, startDate: string) =>
      savePlan(planFromTemplate({ personId: ids.person, title, kind: 'rotation', startDate, capabilityId: ids.capability }, template, () => crypto.randomUUID()));
    // Saved out of order; three start on the boundary day, so the first page cuts through them by title.
    for (const [title, start] of [['C', '2026-12-02'], ['A', '2026-12-03'], ['Z', '2026-12-02'], ['B', '2026-12-02'], ['Old', '2026-11-02']] as const) await plan(title, start);
    const all = (await readPlans()).plans.map((p) => p.title);
    expect(all).toEqual(['A', 'B', 'C', 'Z', 'Old']);
    for (const count of [1, 2, 3, 5, 9]) {
      const newest = await readNewestPlans(count);
      expect(newest.plans.map((p) => p.title), `first ${count}`).toEqual(all.slice(0, count));
      expect(newest.total).toBe(5);
    }
    expect((await readNewestPlans(3)).people.map((p) => p.id)).toContain(ids.person);
  });

  it('keeps a template of the manager’s own', async () => {
    await saveTemplate({ name: 'Payments rotation', kind: 'rotation', description: '', source: 'rotation.md', items: template.map((i) => ({ ...i, id: crypto.randomUUID() })) });
    expect((await readPlans()).templates.map((t) => [t.name, t.items.length])).toEqual([['Payments rotation', 2]]);
  });
});
