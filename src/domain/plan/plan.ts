/**
 * The first-90-days plan's calendar and shape: thirteen weeks counted from the day the
 * manager picks, each task due on the last day of its week, so moving the start day moves
 * every task. A plan is made from a template (content/plans/) and the current people; a
 * person who joins while it runs gets the tasks every person gets (personTasksFor).
 */
import { addDays, daysBetween } from '../dates.ts';
import type { NinetyDayPlan, PersonTaskTemplate, PlanTask } from '../../schemas/plan.ts';
import type { Person } from '../../schemas/person.ts';

export const PLAN_WEEKS = 13;

export type PlanPhase = PlanTask['phase'];
export const PLAN_PHASES: readonly PlanPhase[] = ['design', 'hire', 'learn', 'grow'];

/** A template as content/plans/ holds it (checked by planTemplateSchema in src/content.config.ts). */
export interface PlanTemplate {
  name: string;
  summary: string;
  eachPerson: readonly PersonTaskTemplate[];
  tasks: readonly Omit<PlanTask, 'id' | 'done' | 'doneOn' | 'personId'>[];
}

type PersonLike = Pick<Person, 'id' | 'name' | 'status' | 'startDate'>;

/** The first day of a week of the plan (week 1 starts on the plan's start day). */
export function weekStart(startDate: string, week: number): string {
  return addDays(startDate, (week - 1) * 7);
}

/** A task's due day: the last day of its week. */
export function dueOn(startDate: string, week: number): string {
  return addDays(startDate, week * 7 - 1);
}

/** The plan's last day, the end of week 13. */
export function lastDayOf(plan: Pick<NinetyDayPlan, 'startDate'>): string {
  return dueOn(plan.startDate, PLAN_WEEKS);
}

/** The week of the plan a day falls in: 0 before it starts, PLAN_WEEKS + 1 once it is over. */
export function weekOn(startDate: string, day: string): number {
  const days = daysBetween(startDate, day);
  if (days < 0) return 0;
  return Math.min(PLAN_WEEKS + 1, Math.floor(days / 7) + 1);
}

const clampWeek = (week: number) => Math.min(PLAN_WEEKS, Math.max(1, week));

export function personTitle(template: Pick<PersonTaskTemplate, 'title'>, name: string): string {
  // A function, so a `$` in a name is taken as it is, not as a replacement pattern.
  return template.title.replaceAll('{person}', () => name);
}

/** Tasks in week order; within a week, the template's order (Array.sort is stable). */
function byWeek(tasks: PlanTask[]): PlanTask[] {
  return tasks.sort((a, b) => a.week - b.week);
}

/**
 * A new plan from a template, for the people on the team on its start day (and those
 * joining during it, whose tasks start in the week they join).
 */
export function planFromTemplate(
  template: PlanTemplate,
  people: readonly PersonLike[],
  startDate: string,
  newId: () => string,
): Omit<NinetyDayPlan, 'updatedAt' | 'sample'> {
  const plan = { id: newId(), title: template.name, startDate, eachPerson: template.eachPerson.map((t) => ({ ...t })) };
  const shared = template.tasks.map((t): PlanTask => ({ ...t, id: newId(), done: false }));
  const perPerson = people.filter((p) => p.status !== 'moved-on').flatMap((p) => personTasksFor({ ...plan, tasks: [] }, p, startDate, newId));
  return { ...plan, tasks: byWeek([...shared, ...perPerson]) };
}

/**
 * The tasks every person gets that `person` does not have yet in this plan: none once the
 * plan is over or when they join after it. Someone joining while it runs gets them from
 * the week they join (or from `today`'s week, when that is later), never in the past.
 */
export function personTasksFor(
  plan: Pick<NinetyDayPlan, 'startDate' | 'eachPerson' | 'tasks'>,
  person: PersonLike,
  today: string,
  newId: () => string,
): PlanTask[] {
  const from = [today, person.startDate].filter((d): d is string => d !== undefined).reduce((a, b) => (a > b ? a : b));
  const week = weekOn(plan.startDate, from);
  if (week > PLAN_WEEKS) return [];
  const has = (t: PersonTaskTemplate) => plan.tasks.some((task) => task.personId === person.id && (t.ticks ? task.ticks === t.ticks : task.title === personTitle(t, person.name)));
  return plan.eachPerson
    .filter((t) => !has(t))
    .map((t): PlanTask => ({
      id: newId(),
      week: clampWeek(Math.max(t.week, week)),
      phase: t.phase,
      title: personTitle(t, person.name),
      personId: person.id,
      done: false,
      ...(t.ticks ? { ticks: t.ticks } : {}),
      ...(t.where ? { where: t.where } : {}),
    }));
}

/** Whether a person's task still concerns the team: not once they have moved on (or were removed). */
export function personStays(task: Pick<PlanTask, 'personId'>, people: ReadonlyMap<string, Pick<Person, 'status'>>): boolean {
  if (!task.personId) return true;
  const person = people.get(task.personId);
  return person !== undefined && person.status !== 'moved-on';
}

/** From this many, the tasks every person gets are shown as one row per week and kind: 300 checkboxes are no list to work from. */
export const GROUP_FROM = 13;

export interface TaskGroup {
  /** The week and what ticks them. */
  key: string;
  /** The task's wording for everyone: "Getting-to-know-you 1:1 with each person". */
  title: string;
  tasks: PlanTask[];
}

/**
 * A list of tasks with each large set of per-person tasks (same week, same tick) folded into one
 * group where its first task was; other tasks stay as they are, in order.
 */
export function groupEachPerson(tasks: readonly PlanTask[], eachPerson: readonly PersonTaskTemplate[], from = GROUP_FROM): ({ task: PlanTask } | TaskGroup)[] {
  const kindOf = (t: PlanTask) => (t.personId && t.ticks && eachPerson.some((e) => e.ticks === t.ticks) ? `${t.week}|${t.ticks}` : undefined);
  const sizes = new Map<string, number>();
  for (const t of tasks) {
    const kind = kindOf(t);
    if (kind) sizes.set(kind, (sizes.get(kind) ?? 0) + 1);
  }
  const groups = new Map<string, TaskGroup>();
  const rows: ({ task: PlanTask } | TaskGroup)[] = [];
  for (const t of tasks) {
    const kind = kindOf(t);
    if (!kind || sizes.get(kind)! < from) {
      rows.push({ task: t });
      continue;
    }
    let group = groups.get(kind);
    if (!group) {
      group = { key: kind, title: personTitle(eachPerson.find((e) => e.ticks === t.ticks)!, 'each person'), tasks: [] };
      groups.set(kind, group);
      rows.push(group);
    }
    group.tasks.push(t);
  }
  return rows;
}
