/**
 * The first-90-days plan: one `ninetyDayPlans` row holding its tasks (a workspace has one
 * plan at a time). Reading it also reads what ticks its tasks (PlanEvidence): the matrix
 * only when a task is ticked by it. A person who joins the team while the plan runs gets
 * the tasks every person gets, in the same transaction that adds them (plan-people.ts).
 */
import { database } from './database.ts';
import { readLearnTodayWithMatrix, readSurface, type LearnTodayData } from './learn.ts';
import { readSettings } from './workspace.ts';
import { checkFresh, GoneRecordError, stamp } from './fresh.ts';
import { NinetyDayPlan } from '../schemas/plan.ts';
import type { RecordOf } from '../schemas/records.ts';
import { addDays, quarterOf } from '../domain/dates.ts';
import { coverage, countsToday } from '../domain/insights.ts';
import { latestCells } from '../domain/matrix-cells.ts';
import { surfaceMap } from '../domain/learn/surface-map.ts';
import { learnToday } from '../domain/learn/today.ts';
import { cadenceOf } from '../domain/one-on-ones.ts';
import { planFromTemplate, type PlanTemplate } from '../domain/plan/plan.ts';
import { EARLY_ONE_ON_ONE_DAYS, progressByPhase, taskStates, thisWeek, type PhaseProgress, type PlanEvidence, type TaskState, type ThisWeek } from '../domain/plan/ticks.ts';
import { planCalendar, type PlanCalendarEntry } from '../domain/plan/calendar.ts';

type PlanRecord = RecordOf<'ninetyDayPlans'>;
type PersonRecord = RecordOf<'people'>;

const newId = () => crypto.randomUUID();

export interface PlanPage {
  plan: PlanRecord | undefined;
  states: Map<string, TaskState>;
  people: Map<string, PersonRecord>;
  thisWeek: ThisWeek | undefined;
  progress: PhaseProgress[];
}

/** The plan a workspace holds (the latest started, should an import have brought more than one). */
async function readThePlan(): Promise<PlanRecord | undefined> {
  const plans = await database().ninetyDayPlans.toArray();
  return plans.sort((a, b) => b.startDate.localeCompare(a.startDate))[0];
}

/**
 * The plan with every task's state, this week's tasks and the progress per phase. `quick`:
 * without reading the matrix, the tasks it ticks say they are still being checked; the plan
 * page draws from this first, then from the whole read.
 */
export async function readPlanPage(today: string, quick = false): Promise<PlanPage> {
  return readPlanWith(today, quick ? 'skip' : undefined);
}

export interface PlanAndLearnToday {
  plan: PlanPage;
  learn: LearnTodayData;
}

/**
 * Home's plan lines and Learn's lines from one read of the matrix (the large read both need);
 * the plan's own reads run beside it, and its matrix ticks are worked out once it is in.
 */
export async function readPlanAndLearnToday(today: string): Promise<PlanAndLearnToday> {
  const [{ learn, matrix }, quick] = await Promise.all([readLearnTodayWithMatrix(today), readPlanWithEvidence(today, 'skip')]);
  if (!quick.plan) return { plan: pageOf(quick, today), learn };
  const evidence: PlanEvidence = {
    ...quick.evidence,
    capabilities: matrix.surface.capabilities,
    managerCells: matrix.managerCells,
    systems: matrix.surface.systems.length,
    knownSystems: matrix.knownSystems,
    unplanned: learn.unplanned,
  };
  return { plan: pageOf({ plan: quick.plan, evidence }, today), learn };
}

/** 'skip': leave the matrix out (the tasks it ticks say they are being checked); undefined: read it here. */
type MatrixSource = 'skip' | undefined;

type PlanWithEvidence = { plan: PlanRecord; evidence: PlanEvidence } | { plan: undefined; people: PersonRecord[] };

async function readPlanWith(today: string, matrix: MatrixSource): Promise<PlanPage> {
  return pageOf(await readPlanWithEvidence(today, matrix), today);
}

async function readPlanWithEvidence(today: string, matrix: MatrixSource): Promise<PlanWithEvidence> {
  const plan = await readThePlan();
  // Without a plan, the people are read for the offer to make one ("for each of your 8 people").
  if (!plan) return { plan, people: await database().people.toArray() };
  return { plan, evidence: await readEvidence(plan, today, matrix) };
}

function pageOf(read: PlanWithEvidence, today: string): PlanPage {
  if (!read.plan) return { plan: undefined, states: new Map(), people: new Map(read.people.map((p) => [p.id, p])), thisWeek: undefined, progress: [] };
  const { plan, evidence } = read;
  const states = taskStates(plan, evidence);
  return {
    plan,
    states,
    people: new Map(evidence.people.map((p) => [p.id, p as PersonRecord])),
    thisWeek: thisWeek(plan, states, today),
    progress: progressByPhase(plan.tasks, states),
  };
}

async function readEvidence(plan: PlanRecord, today: string, source: MatrixSource): Promise<PlanEvidence> {
  const db = database();
  const uses = new Set(plan.tasks.map((t) => t.ticks));
  // The matrix is the large read: only a task it ticks pays for it, and only when asked for.
  const needsMatrix = source === undefined && (uses.has('matrix-rated') || uses.has('bus-factor-plan'));
  const [people, oneOnOnes, teams, openings, loops, settings, checkIns, learnPlans, surface, ownCapabilities] = await Promise.all([
    db.people.toArray(),
    uses.has('first-one-on-one') ? db.oneOnOnes.where('date').between(addDays(plan.startDate, -EARLY_ONE_ON_ONE_DAYS), today, true, true).toArray() : [],
    db.teams.toArray(),
    uses.has('loop-owned') ? db.openings.toArray() : [],
    uses.has('loop-owned') ? db.interviewLoops.toArray() : [],
    readSettings(),
    uses.has('check-in') ? db.checkIns.where('quarter').aboveOrEqual(quarterOf(plan.startDate)).toArray() : [],
    needsMatrix && uses.has('bus-factor-plan') ? db.onboardingPlans.toArray() : [],
    needsMatrix ? readSurface() : undefined,
    // Their names, for the loop's checks and the matrix's count, when no surface read brings them.
    needsMatrix ? undefined : db.capabilities.toArray(),
  ]);
  const capabilities = surface?.capabilities ?? ownCapabilities ?? [];
  let managerCells: PlanEvidence['managerCells'] = source === 'skip' ? false : new Map();
  let unplanned: PlanEvidence['unplanned'] = [];
  let knownSystems = 0;
  if (surface) {
    managerCells = latestCells(surface.assessments);
    if (uses.has('bus-factor-plan')) {
      const strong = coverage({ people, areas: surface.capabilityAreas, capabilities, scales: surface.levelScales, cells: managerCells, today });
      const current = new Set(people.filter((p) => countsToday(p, today)).map((p) => p.id));
      const map = surfaceMap(surface.systems, strong, current);
      knownSystems = map.filter((s) => s.busFactor !== null).length;
      unplanned = learnToday({ today, people, plans: learnPlans, map, coverage: strong, openings: [] }).unplanned;
    }
  }
  return {
    today,
    people,
    oneOnOnes,
    team: teams[0],
    capabilities,
    managerCells,
    openings,
    loops,
    systems: surface?.systems.length ?? 0,
    knownSystems,
    unplanned,
    learningMarginTarget: settings.learningMarginTarget,
    checkIns,
  };
}

/**
 * Makes the plan from a template and the people on the team, starting on `startDate`.
 * Refused when the workspace has a plan already (another tab may have made one since).
 */
export async function startPlan(template: PlanTemplate, startDate: string): Promise<PlanRecord> {
  const db = database();
  return db.transaction('rw', db.ninetyDayPlans, db.people, async () => {
    if ((await db.ninetyDayPlans.count()) > 0) throw new Error('this workspace has a 90-day plan already (made in another tab?): reload to see it');
    const record = NinetyDayPlan.parse({ ...planFromTemplate(template, await db.people.toArray(), startDate, newId), updatedAt: stamp() });
    await db.ninetyDayPlans.add(record);
    return record;
  });
}

/** Moves the start day, and with it every task; refused if another tab changed the plan meanwhile. */
export async function movePlanStart(plan: Pick<PlanRecord, 'id' | 'title' | 'updatedAt'>, startDate: string): Promise<PlanRecord> {
  const db = database();
  return db.transaction('rw', db.ninetyDayPlans, async () => {
    const stored = await checkFresh(db.ninetyDayPlans, plan, `The plan “${plan.title}”`);
    if (!stored) throw new GoneRecordError('This plan');
    const record = NinetyDayPlan.parse({ ...stored, startDate, updatedAt: stamp(stored.updatedAt) });
    await db.ninetyDayPlans.put(record);
    return record;
  });
}

/**
 * Ticks a task by hand (or takes the tick back), on the user's local day. Only that task
 * changes, read and written in one transaction, so ticks made in two tabs at once both stay.
 */
export async function setTaskDone(planId: string, taskId: string, done: boolean, today: string): Promise<PlanRecord> {
  const db = database();
  return db.transaction('rw', db.ninetyDayPlans, async () => {
    const stored = await db.ninetyDayPlans.get(planId);
    if (!stored) throw new GoneRecordError('This plan');
    if (!stored.tasks.some((t) => t.id === taskId)) throw new GoneRecordError('This task');
    const tasks = stored.tasks.map((t) => {
      if (t.id !== taskId) return t;
      const { doneOn: _before, ...rest } = t;
      return done ? { ...rest, done: true, doneOn: today } : { ...rest, done: false };
    });
    const record = NinetyDayPlan.parse({ ...stored, tasks, updatedAt: stamp(stored.updatedAt) });
    await db.ninetyDayPlans.put(record);
    return record;
  });
}

export async function removeNinetyDayPlan(plan: Pick<PlanRecord, 'id' | 'title' | 'updatedAt'>): Promise<void> {
  const db = database();
  await db.transaction('rw', db.ninetyDayPlans, async () => {
    await checkFresh(db.ninetyDayPlans, plan, `The plan “${plan.title}”`);
    await db.ninetyDayPlans.delete(plan.id);
  });
}

/** The plan, every scheduled 1:1 and every planned check-in, as calendar entries. */
export async function readPlanCalendar(today: string): Promise<{ title: string; entries: PlanCalendarEntry[] } | undefined> {
  const db = database();
  const page = await readPlanPage(today);
  if (!page.plan) return undefined;
  const [oneOnOnes, checkIns] = await Promise.all([db.oneOnOnes.toArray(), db.checkIns.where('quarter').aboveOrEqual(quarterOf(today)).toArray()]);
  // Only the people on the team: someone who moved on has no 1:1s or check-ins to come.
  const current = [...page.people.values()].filter((p) => p.status !== 'moved-on');
  const cadences = current.map((p) => cadenceOf(p, oneOnOnes, today));
  return { title: page.plan.title, entries: planCalendar(page.plan, page.states, new Map(current.map((p) => [p.id, p])), cadences, checkIns) };
}
