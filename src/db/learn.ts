/**
 * Learn-phase commands: the systems the team owns (the surface-area map). The UI calls
 * these and never writes a table itself; every record is validated with its schema before
 * it is written, and an edit is refused when another tab changed the record since the form
 * read it (fresh.ts).
 */
import { System } from '../schemas/system.ts';
import type { RecordOf } from '../schemas/records.ts';
import type { SurfaceImportPlan } from '../domain/learn/surface-merge.ts';
import { database } from './database.ts';
import { readMatrix, type MatrixData } from './design.ts';
import { checkFresh, stamp, StaleRecordError } from './fresh.ts';

type SystemRecord = RecordOf<'systems'>;

const newId = () => crypto.randomUUID();

export interface SurfaceData extends MatrixData {
  systems: SystemRecord[];
}

/** The systems with everything that says who knows them (the matrix), read in one snapshot. */
export async function readSurface(): Promise<SurfaceData> {
  const db = database();
  const [systems, matrix] = await Promise.all([db.systems.toArray(), readMatrix()]);
  return { ...matrix, systems: systems.sort((a, b) => a.name.localeCompare(b.name)) };
}

/** Adds a system (no id) or saves an edit of one, refused if another tab changed it meanwhile. */
export async function saveSystem(system: Omit<SystemRecord, 'id'> & { id?: string }): Promise<SystemRecord> {
  const db = database();
  return db.transaction('rw', db.systems, async () => {
    const stored = await checkFresh(db.systems, system, `The system “${system.name}”`);
    const record = System.parse({ ...(stored ?? {}), ...system, id: system.id ?? newId(), updatedAt: stamp(stored?.updatedAt) });
    await db.systems.put(record);
    return record;
  });
}

/**
 * Removes a system. Onboarding plans that were into it keep their items: they only stop
 * pointing at it, so nothing a person learned is lost with the map entry.
 */
export async function removeSystem(system: Pick<SystemRecord, 'id' | 'name' | 'updatedAt'>): Promise<void> {
  const db = database();
  await db.transaction('rw', db.systems, db.onboardingPlans, async () => {
    await checkFresh(db.systems, system, `The system “${system.name}”`);
    await db.systems.delete(system.id);
    await db.onboardingPlans.toCollection().modify((plan) => {
      const items = plan.items.filter((item) => item.systemId === system.id);
      if (plan.systemId !== system.id && items.length === 0) return;
      if (plan.systemId === system.id) delete plan.systemId;
      for (const item of items) delete item.systemId;
      plan.updatedAt = stamp(plan.updatedAt);
    });
  });
}

/**
 * Writes a previewed catalog import in one transaction: new systems added, known ones
 * updated. Refused whole when a system it updates changed since the preview was made.
 */
export async function importSystems(plan: SurfaceImportPlan): Promise<{ added: number; updated: number }> {
  const db = database();
  return db.transaction('rw', db.systems, async () => {
    for (const update of plan.update) {
      const stored = await db.systems.get(update.id);
      if (!stored || stored.updatedAt !== update.updatedAt) throw new StaleRecordError(`The system “${update.name}”`, stored);
    }
    const updated = plan.update.map((u) => System.parse({ ...u.after, updatedAt: stamp(u.updatedAt) }));
    const added = plan.add.map((draft) => System.parse({ ...draft, id: newId(), capabilityIds: [], updatedAt: stamp() }));
    await db.systems.bulkPut([...updated, ...added]);
    return { added: added.length, updated: updated.length };
  });
}
