/**
 * Learn-phase commands: the systems the team owns (the surface-area map), onboarding plans
 * and the manager's own onboarding templates. The UI calls
 * these and never writes a table itself; every record is validated with its schema before
 * it is written, and an edit is refused when another tab changed the record since the form
 * read it (fresh.ts).
 */
import { System } from '../schemas/system.ts';
import { OnboardingPlan, OnboardingTemplate, type OnboardingItem } from '../schemas/onboarding.ts';
import { withStatus } from '../domain/learn/plans.ts';
import { learnToday, type LearnToday } from '../domain/learn/today.ts';
import { surfaceMap } from '../domain/learn/surface-map.ts';
import { coverage, countsToday } from '../domain/insights.ts';
import { latestCells } from '../domain/matrix-cells.ts';
import type { OneOnOne } from '../schemas/one-on-one.ts';
import type { RecordOf } from '../schemas/records.ts';
import type { SurfaceImportPlan } from '../domain/learn/surface-merge.ts';
import { database } from './database.ts';
import { readSettings } from './workspace.ts';
import type { Settings } from '../schemas/settings.ts';
import { readLibrary, readMatrix, readPeople, type MatrixData } from './design.ts';
import { checkFresh, GoneRecordError, stamp, StaleRecordError } from './fresh.ts';

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

/** What a system's code history says, kept on the system (the surface map counts its authors). */
export interface SystemHistoryUpdate {
  systemId: string;
  /** The version the preview was made from: refused if the system changed meanwhile. */
  updatedAt: string | undefined;
  name: string;
  history: NonNullable<SystemRecord['history']>;
}

/** Keeps an analysed history on each system it covers, in one transaction. */
export async function recordSystemHistories(updates: readonly SystemHistoryUpdate[]): Promise<number> {
  const db = database();
  return db.transaction('rw', db.systems, async () => {
    const records: SystemRecord[] = [];
    for (const update of updates) {
      const stored = await checkFresh(db.systems, { id: update.systemId, updatedAt: update.updatedAt }, `The system “${update.name}”`);
      records.push(System.parse({ ...stored, history: update.history, updatedAt: stamp(stored.updatedAt) }));
    }
    await db.systems.bulkPut(records);
    return records.length;
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

// ---------------------------------------------------------------- onboarding plans

type PlanRecord = RecordOf<'onboardingPlans'>;
type TemplateRecord = RecordOf<'onboardingTemplates'>;

/** Everything the plans page shows but the matrix's history, which only its pairing suggestions need (and read after). */
export interface PlansData extends Omit<SurfaceData, 'assessments'> {
  plans: PlanRecord[];
  templates: TemplateRecord[];
  /** Each person's next planned 1:1 day, for the check-in rhythm. */
  nextOneOnOne: Map<string, string>;
  settings: Settings;
}

/** Plans with everything they name (people, systems, capabilities) and the manager's templates. */
export async function readPlans(): Promise<PlansData> {
  const db = database();
  const [library, people, systems, plans, templates, oneOnOnes, settings] = await Promise.all([
    readLibrary(),
    readPeople(),
    db.systems.toArray(),
    db.onboardingPlans.toArray(),
    readTemplates(),
    db.oneOnOnes.toArray(),
    readSettings(),
  ]);
  const nextOneOnOne = nextOneOnOnes(oneOnOnes);
  return {
    ...library,
    people,
    systems: systems.sort((a, b) => a.name.localeCompare(b.name)),
    plans: plans.sort(newestFirst),
    templates,
    nextOneOnOne,
    settings,
  };
}

/** The plans page's order: the newest start first, then by title. */
const newestFirst = (a: PlanRecord, b: PlanRecord) => b.startDate.localeCompare(a.startDate) || a.title.localeCompare(b.title);

/** The first plans of the list and who they are for, with how many plans there are in all. */
export interface NewestPlans {
  plans: PlanRecord[];
  total: number;
  people: PlansData['people'];
}

/**
 * The first `count` plans in the list's order, read through the start-day index: a page of
 * plans to draw while every plan's items (megabytes, for a team with years of plans) are
 * still being read for the rest of the page. Plans sharing the boundary start day are all
 * read, so the order by title is the same as on the full list.
 */
export async function readNewestPlans(count: number): Promise<NewestPlans> {
  const db = database();
  const [total, boundary, people] = await Promise.all([
    db.onboardingPlans.count(),
    db.onboardingPlans.orderBy('startDate').reverse().offset(count - 1).limit(1).keys(),
    readPeople(),
  ]);
  const newest = boundary.length > 0 ? db.onboardingPlans.where('startDate').aboveOrEqual(boundary[0]!) : db.onboardingPlans.toCollection();
  const plans = (await newest.toArray()).sort(newestFirst).slice(0, count);
  return { plans, total, people };
}

/** Each person's next 1:1 day, as their latest 1:1 set it. */
function nextOneOnOnes(oneOnOnes: readonly Pick<OneOnOne, 'personId' | 'nextDate'>[]): Map<string, string> {
  const next = new Map<string, string>();
  for (const o of oneOnOnes) {
    if (!o.nextDate) continue;
    const known = next.get(o.personId);
    if (!known || o.nextDate > known) next.set(o.personId, o.nextDate);
  }
  return next;
}

export interface LearnTodayData extends LearnToday {
  people: MatrixData['people'];
  capabilities: MatrixData['capabilities'];
  systems: SystemRecord[];
  /** The next 1:1 of each person with a plan in its first week. */
  nextOneOnOne: Map<string, string>;
}

/** What the matrix says about the team today, worked out once for Learn's lines and the 90-day plan's ticks. */
export interface MatrixToday {
  surface: SurfaceData;
  /** The matrix as the manager sees it. */
  managerCells: ReturnType<typeof latestCells>;
  /** How many systems Turbine can tell the bus factor of (linked to the capabilities they need). */
  knownSystems: number;
}

/**
 * What Learn asks of the manager today (Home), and the matrix it read to know who is strong
 * where: Home's 90-day plan lines tick from the same read instead of a second one (db/plan.ts
 * readPlanAndLearnToday). Only the 1:1s of people in a first week are read, for the check-in rhythm.
 */
export async function readLearnTodayWithMatrix(today: string): Promise<{ learn: LearnTodayData; matrix: MatrixToday }> {
  const db = database();
  const [surface, plans, openings] = await Promise.all([readSurface(), db.onboardingPlans.toArray(), db.openings.toArray()]);
  const managerCells = latestCells(surface.assessments);
  const input = { people: surface.people, areas: surface.capabilityAreas, capabilities: surface.capabilities, scales: surface.levelScales, cells: managerCells, today };
  const strong = coverage(input);
  const current = new Set(surface.people.filter((p) => countsToday(p, today)).map((p) => p.id));
  const map = surfaceMap(surface.systems, strong, current);
  const signals = learnToday({ today, people: surface.people, plans, map, coverage: strong, openings });
  const learners = [...new Set(signals.weekOne.map((p) => p.personId))];
  const oneOnOnes = learners.length > 0 ? await db.oneOnOnes.where('personId').anyOf(learners).toArray() : [];
  return {
    learn: { ...signals, people: surface.people, capabilities: surface.capabilities, systems: surface.systems, nextOneOnOne: nextOneOnOnes(oneOnOnes) },
    matrix: { surface, managerCells, knownSystems: map.filter((s) => s.busFactor !== null).length },
  };
}

/** Starts a plan (no updatedAt yet) or saves an edit of one, refused if another tab changed it meanwhile. */
export async function savePlan(plan: PlanRecord): Promise<PlanRecord> {
  const db = database();
  return db.transaction('rw', db.onboardingPlans, async () => {
    const stored = plan.updatedAt === undefined && !(await db.onboardingPlans.get(plan.id)) ? undefined : await checkFresh(db.onboardingPlans, plan, `The plan “${plan.title}”`);
    const record = OnboardingPlan.parse({ ...plan, updatedAt: stamp(stored?.updatedAt) });
    await db.onboardingPlans.put(record);
    return record;
  });
}

/**
 * Ticks one item (or sets it back), on the user's local day. Only that item changes, read
 * and written in one transaction, so ticks made in two tabs at once both stay.
 */
export async function setItemStatus(planId: string, itemId: string, status: OnboardingItem['status'], today: string): Promise<PlanRecord> {
  const db = database();
  return db.transaction('rw', db.onboardingPlans, async () => {
    const stored = await db.onboardingPlans.get(planId);
    if (!stored) throw new GoneRecordError('This onboarding plan');
    if (!stored.items.some((i) => i.id === itemId)) throw new GoneRecordError('This item');
    const record = OnboardingPlan.parse({
      ...stored,
      items: stored.items.map((i) => (i.id === itemId ? withStatus(i, status, today) : i)),
      updatedAt: stamp(stored.updatedAt),
    });
    await db.onboardingPlans.put(record);
    return record;
  });
}

export async function removePlan(plan: Pick<PlanRecord, 'id' | 'title' | 'updatedAt'>): Promise<void> {
  const db = database();
  await db.transaction('rw', db.onboardingPlans, async () => {
    await checkFresh(db.onboardingPlans, plan, `The plan “${plan.title}”`);
    await db.onboardingPlans.delete(plan.id);
  });
}

/** The manager's own templates, by name. */
export async function readTemplates(): Promise<TemplateRecord[]> {
  return (await database().onboardingTemplates.toArray()).sort((a, b) => a.name.localeCompare(b.name));
}

/** Adds a template of the manager's own (imported, or saved from a plan) or saves an edit of one. */
export async function saveTemplate(template: Omit<TemplateRecord, 'id'> & { id?: string }): Promise<TemplateRecord> {
  const db = database();
  return db.transaction('rw', db.onboardingTemplates, async () => {
    const stored = await checkFresh(db.onboardingTemplates, template, `The template “${template.name}”`);
    const record = OnboardingTemplate.parse({ ...template, id: template.id ?? newId(), updatedAt: stamp(stored?.updatedAt) });
    await db.onboardingTemplates.put(record);
    return record;
  });
}

export async function removeTemplate(template: Pick<TemplateRecord, 'id' | 'name' | 'updatedAt'>): Promise<void> {
  const db = database();
  await db.transaction('rw', db.onboardingTemplates, async () => {
    await checkFresh(db.onboardingTemplates, template, `The template “${template.name}”`);
    await db.onboardingTemplates.delete(template.id);
  });
}
