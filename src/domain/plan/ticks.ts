/**
 * What ticks a plan's task: the workspace itself where it holds the evidence (a logged
 * getting-to-know-you 1:1, the saved charter, a rated matrix, a loop without problems, a
 * Learn plan on every system one person knows, the learning margin, a held check-in), or
 * the manager's hand. Every tick says what ticked it, and an unticked task says what is
 * missing, so the manager can trust the plan and see where to go next.
 */
import { addDays } from '../dates.ts';
import { formatDay } from '../day-format.ts';
import { cellOf, type CellIndex } from '../matrix-cells.ts';
import { checkLoop } from '../hire/loop-checks.ts';
import { countsToday } from '../insights.ts';
import { plural } from '../words.ts';
import type { UnplannedSystem } from '../learn/today.ts';
import type { NinetyDayPlan, PlanPlace, PlanTask, PlanTick } from '../../schemas/plan.ts';
import type { Person } from '../../schemas/person.ts';
import type { OneOnOne } from '../../schemas/one-on-one.ts';
import type { Team } from '../../schemas/team.ts';
import type { Capability } from '../../schemas/capability.ts';
import type { InterviewLoop, Opening } from '../../schemas/hiring.ts';
import type { CheckIn } from '../../schemas/check-in.ts';
import { personStays, weekOn, PLAN_PHASES } from './plan.ts';

/** A getting-to-know-you 1:1 this long before the plan starts still counts: it is often held before the plan is written. */
export const EARLY_ONE_ON_ONE_DAYS = 90;

/** Everything in the workspace a task can be ticked by. */
export interface PlanEvidence {
  today: string;
  /** Everyone, moved on or not. */
  people: readonly Pick<Person, 'id' | 'name' | 'status' | 'startDate'>[];
  /** Getting-to-know-you 1:1s (others are ignored). */
  oneOnOnes: readonly Pick<OneOnOne, 'personId' | 'date' | 'kind'>[];
  team: Pick<Team, 'name' | 'mission' | 'updatedAt'> | undefined;
  capabilities: readonly Pick<Capability, 'id' | 'name'>[];
  /**
   * The matrix as the manager sees it (latestCells with the manager view), with what it tells
   * about systems below; false while it has not been read yet (the plan page draws first and
   * reads the matrix, the largest read, after).
   */
  managerCells: CellIndex | false;
  openings: readonly Pick<Opening, 'id' | 'title' | 'status' | 'loopId' | 'mustHave'>[];
  loops: readonly InterviewLoop[];
  /** How many systems the team has mapped. */
  systems: number;
  /** How many of them Turbine can tell the bus factor of (linked to the capabilities they need). */
  knownSystems: number;
  /** Systems one person or nobody knows that no Learn plan spreads (learnToday's `unplanned`). */
  unplanned: readonly UnplannedSystem[];
  learningMarginTarget: number | undefined;
  checkIns: readonly Pick<CheckIn, 'personId' | 'date' | 'held'>[];
}

/** Where a task's work is done: a page and the one thing on it. */
export interface TaskPlace {
  page: PlanPlace | 'grow/check-in';
  person?: string;
  loop?: string;
  system?: string;
}

export interface TaskState {
  done: boolean;
  /** Who ticked it: the workspace's data or the manager's hand. */
  by?: 'workspace' | 'hand';
  /** What ticked it, or what is still missing (for a task that ticks itself); empty for a task ticked by hand only. */
  why: string;
  place?: TaskPlace;
  /** False for a person's task once they have moved on: it no longer counts unless it was done. */
  stays: boolean;
  /** Its tick needs the matrix, not read yet. */
  checking?: true;
}

interface Tick {
  done: boolean;
  why: string;
  place: TaskPlace;
  checking?: true;
}

/** Every task's state, by task id. Rules shared by many tasks are worked out once. */
export function taskStates(plan: Pick<NinetyDayPlan, 'startDate' | 'tasks'>, evidence: PlanEvidence): Map<string, TaskState> {
  const people = new Map(evidence.people.map((p) => [p.id, p]));
  const shared = new Map<PlanTick, Tick>();
  const once = (rule: PlanTick, work: () => Tick) => shared.get(rule) ?? shared.set(rule, work()).get(rule)!;
  const states = new Map<string, TaskState>();
  for (const task of plan.tasks) {
    const tick = task.ticks ? ruleTick(task, plan.startDate, evidence, once) : undefined;
    const stays = personStays(task, people);
    // Still `checking` when ticked by hand: the matrix may yet say it ticks it, and say why.
    const checking = tick?.checking ? { checking: true as const } : {};
    if (tick?.done) states.set(task.id, { done: true, by: 'workspace', why: tick.why, place: tick.place, stays });
    else if (task.done) states.set(task.id, { done: true, by: 'hand', why: task.doneOn ? `Ticked by hand on ${formatDay(task.doneOn)}` : 'Ticked by hand', place: tick?.place ?? placeOf(task), stays, ...checking });
    else states.set(task.id, { done: false, why: tick?.why ?? '', place: tick?.place ?? placeOf(task), stays, ...checking });
  }
  return states;
}

function placeOf(task: PlanTask): TaskPlace | undefined {
  if (!task.where) return undefined;
  return task.where === 'design/one-on-ones' && task.personId ? { page: task.where, person: task.personId } : { page: task.where };
}

function ruleTick(task: PlanTask, startDate: string, e: PlanEvidence, once: (rule: PlanTick, work: () => Tick) => Tick): Tick {
  switch (task.ticks!) {
    case 'first-one-on-one':
      return firstOneOnOne(task.personId, startDate, e);
    case 'check-in':
      return checkInHeld(task.personId, startDate, e);
    case 'charter':
      return once('charter', () => charter(e));
    case 'matrix-rated':
      return once('matrix-rated', () => (e.managerCells === false ? checking('design/matrix') : matrixRated(e, e.managerCells)));
    case 'loop-owned':
      return once('loop-owned', () => loopOwned(e));
    case 'bus-factor-plan':
      return once('bus-factor-plan', () => (e.managerCells === false ? checking('learn/systems') : busFactorPlan(e)));
    case 'learning-margin':
      return once('learning-margin', () => learningMargin(e));
  }
}

function firstOneOnOne(personId: string | undefined, startDate: string, e: PlanEvidence): Tick {
  const place: TaskPlace = { page: 'design/one-on-ones', ...(personId ? { person: personId } : {}) };
  const from = addDays(startDate, -EARLY_ONE_ON_ONE_DAYS);
  const first = e.oneOnOnes
    .filter((o) => o.personId === personId && o.kind === 'getting-to-know-you' && o.date >= from && o.date <= e.today)
    .reduce<string | undefined>((min, o) => (min === undefined || o.date < min ? o.date : min), undefined);
  return first
    ? { done: true, why: `Ticked by the getting-to-know-you 1:1 logged for ${formatDay(first)}`, place }
    : { done: false, why: 'Ticks itself when you log a getting-to-know-you 1:1', place };
}

function checkInHeld(personId: string | undefined, startDate: string, e: PlanEvidence): Tick {
  const place: TaskPlace = { page: 'grow/check-in', ...(personId ? { person: personId } : {}) };
  const held = e.checkIns
    .filter((c) => c.personId === personId && c.held && c.date >= startDate && c.date <= e.today)
    .reduce<string | undefined>((min, c) => (min === undefined || c.date < min ? c.date : min), undefined);
  return held ? { done: true, why: `Ticked by the check-in held on ${formatDay(held)}`, place } : { done: false, why: 'Ticks itself when the check-in is marked held', place };
}

function charter(e: PlanEvidence): Tick {
  const place: TaskPlace = { page: 'design/charter' };
  if (!e.team || e.team.mission.trim() === '') return { done: false, why: 'Ticks itself when the charter has a mission', place };
  const saved = e.team.updatedAt ? `, saved on ${formatDay(e.team.updatedAt)}` : '';
  return { done: true, why: `Ticked by the charter of ${e.team.name}${saved}`, place };
}

/** A tick that needs the matrix, before it has been read. */
const checking = (page: TaskPlace['page']): Tick => ({ done: false, why: 'Checking the matrix…', place: { page }, checking: true });

function matrixRated(e: PlanEvidence, managerCells: CellIndex): Tick {
  const place: TaskPlace = { page: 'design/matrix' };
  const current = e.people.filter((p) => countsToday(p, e.today));
  if (current.length === 0 || e.capabilities.length === 0) return { done: false, why: 'Ticks itself once your people and capabilities are in and rated', place };
  const rated = current.filter((p) => e.capabilities.every((c) => (cellOf(managerCells, p.id, c.id)?.level ?? null) !== null));
  const every = e.capabilities.length === 1 ? `the one capability, ${e.capabilities[0]!.name}` : `all ${e.capabilities.length} capabilities`;
  const who = current.length === 1 ? (rated.length === 1 ? `${current[0]!.name} has` : `${current[0]!.name} does not have`) : undefined;
  if (rated.length === current.length) return { done: true, why: `Ticked by the matrix: ${who ?? `all ${current.length} people have`} your level in ${every}`, place };
  return { done: false, why: `${who ?? `${rated.length} of ${current.length} people have`} your level in ${every}`, place };
}

function loopOwned(e: PlanEvidence): Tick {
  const loops = new Map(e.loops.map((l) => [l.id, l]));
  const names = new Map(e.capabilities.map((c) => [c.id, c.name]));
  const hiring = e.openings.filter((o) => o.status !== 'closed' && o.loopId && loops.has(o.loopId));
  for (const opening of hiring) {
    const loop = loops.get(opening.loopId!)!;
    const findings = checkLoop(loop, opening, { capability: (id) => names.get(id) ?? 'a capability' });
    if (!findings.some((f) => f.severity === 'problem')) {
      return { done: true, why: `Ticked by the loop “${loop.name}” of “${opening.title}”: its checks find no problem`, place: { page: 'hire/loops', loop: loop.id } };
    }
  }
  const first = hiring[0];
  return first
    ? { done: false, why: `The loop of “${first.title}” still has a problem to fix`, place: { page: 'hire/loops', loop: first.loopId! } }
    : { done: false, why: 'Ticks itself when an opening has a loop whose checks find no problem', place: { page: 'hire/loops' } };
}

function busFactorPlan(e: PlanEvidence): Tick {
  if (e.systems === 0) return { done: false, why: 'Map the systems your team owns first: then Turbine can tell which one person knows', place: { page: 'learn/systems' } };
  // With no system linked to the capabilities it needs, "every risky system has a plan" would be true of nothing.
  if (e.knownSystems === 0) return { done: false, why: 'Link your systems to the capabilities they need: then Turbine can tell who knows them', place: { page: 'learn/systems' } };
  const [first] = e.unplanned;
  if (first) {
    const who = first.knownBy ? `only ${first.knownBy.name} knows it` : 'nobody knows it';
    const more = e.unplanned.length > 1 ? ` and ${plural(e.unplanned.length - 1, 'other system')}` : '';
    return { done: false, why: `${first.name} (${who})${more}: no Learn plan spreads ${e.unplanned.length > 1 ? 'them' : 'it'} yet`, place: { page: 'learn', system: first.systemId } };
  }
  return { done: true, why: 'Ticked by the surface map: every system one person (or nobody) knows has a Learn plan', place: { page: 'learn/systems' } };
}

function learningMargin(e: PlanEvidence): Tick {
  const place: TaskPlace = { page: 'learn' };
  return e.learningMarginTarget === undefined
    ? { done: false, why: 'Ticks itself when you set the learning margin on the Learn page', place }
    : { done: true, why: `Ticked by the learning margin, set at ${e.learningMarginTarget}%`, place };
}

export interface PhaseProgress {
  phase: PlanTask['phase'];
  done: number;
  total: number;
}

/** Done and total tasks per phase, counting only the tasks that still concern the team. */
export function progressByPhase(tasks: readonly PlanTask[], states: ReadonlyMap<string, TaskState>): PhaseProgress[] {
  return PLAN_PHASES.map((phase) => {
    const counted = tasks.filter((t) => t.phase === phase && counts(states.get(t.id)));
    return { phase, done: counted.filter((t) => states.get(t.id)?.done).length, total: counted.length };
  });
}

/** A task counts while it concerns the team, or once it is done. */
export function counts(state: TaskState | undefined): boolean {
  return state !== undefined && (state.stays || state.done);
}

export interface ThisWeek {
  /** The plan's week today falls in: 0 before it starts, PLAN_WEEKS + 1 once it is over. */
  week: number;
  /** Not done and due this week (before the plan starts: its first week). */
  due: PlanTask[];
  /** Not done and due in an earlier week, the oldest first. */
  late: PlanTask[];
}

/** What the plan asks of the manager this week. */
export function thisWeek(plan: Pick<NinetyDayPlan, 'startDate' | 'tasks'>, states: ReadonlyMap<string, TaskState>, today: string): ThisWeek {
  const week = weekOn(plan.startDate, today);
  const open = plan.tasks.filter((t) => !states.get(t.id)?.done && counts(states.get(t.id)));
  return {
    week,
    due: open.filter((t) => t.week === Math.max(1, week)),
    late: open.filter((t) => t.week < week).sort((a, b) => a.week - b.week),
  };
}

/**
 * A quick reading of the plan (no matrix: its ticks still `checking`) completed by the states a
 * whole reading found for those ticks, so the page shows every other tick as soon as the quick
 * reading has it, and the matrix's ticks as soon as they are known.
 */
export function withMatrixTicks(quick: ReadonlyMap<string, TaskState>, whole: ReadonlyMap<string, TaskState> | undefined): Map<string, TaskState> {
  const states = new Map(quick);
  if (!whole) return states;
  for (const [id, state] of quick) {
    const known = state.checking ? whole.get(id) : undefined;
    if (known && !known.checking) states.set(id, known);
  }
  return states;
}
