/**
 * The first 90 days as calendar entries (written as an .ics file by src/io/ical.ts): each
 * task on its due day, each person's next scheduled 1:1 and each check-in planned but not
 * held yet. UIDs come from the records, never from the export, so importing a newer file
 * into a calendar app moves and renames the events instead of adding copies.
 */
import { formatDay } from '../day-format.ts';
import type { Cadence } from '../one-on-ones.ts';
import type { NinetyDayPlan } from '../../schemas/plan.ts';
import type { CheckIn } from '../../schemas/check-in.ts';
import { dueOn } from './plan.ts';
import { counts, type TaskState } from './ticks.ts';

export interface PlanCalendarEntry {
  uid: string;
  day: string;
  summary: string;
  description?: string;
}

const phaseName = { design: 'Design', hire: 'Hire', learn: 'Learn', grow: 'Grow' } as const;

export function planCalendar(
  plan: Pick<NinetyDayPlan, 'id' | 'title' | 'startDate' | 'tasks'>,
  states: ReadonlyMap<string, TaskState>,
  people: ReadonlyMap<string, { name: string }>,
  /** Each current person's 1:1 cadence (cadenceOf). */
  cadences: readonly Cadence[],
  checkIns: readonly Pick<CheckIn, 'id' | 'personId' | 'date' | 'quarter' | 'held'>[],
): PlanCalendarEntry[] {
  const tasks = plan.tasks
    .filter((t) => counts(states.get(t.id)))
    .map((t): PlanCalendarEntry => {
      const state = states.get(t.id)!;
      return {
        // A task keeps its id when the start day moves, so its event moves with it.
        uid: `plan-task-${t.id}`,
        day: dueOn(plan.startDate, t.week),
        // A done task stays in the file, marked, so a re-import updates the event a calendar already holds.
        summary: state.done ? `✓ ${t.title}` : t.title,
        description: [`${plan.title}, week ${t.week} (${phaseName[t.phase]})`, state.why].filter(Boolean).join('\n'),
      };
    });
  const oneOnOnes = cadences.flatMap((c): PlanCalendarEntry[] => {
    const name = people.get(c.personId)?.name;
    if (!c.next || !name) return [];
    // The 1:1 that follows the last one held: one event per scheduled 1:1, the same one until it is held.
    return [{ uid: `one-on-one-${c.personId}-after-${c.last ?? 'none'}`, day: c.next, summary: `1:1 with ${name}`, ...(c.last ? { description: `The last 1:1 was on ${formatDay(c.last)}.` } : {}) }];
  });
  const planned = checkIns.flatMap((c): PlanCalendarEntry[] => {
    const name = people.get(c.personId)?.name;
    return !c.held && name ? [{ uid: `check-in-${c.id}`, day: c.date, summary: `${c.quarter} check-in with ${name}` }] : [];
  });
  return [...tasks, ...oneOnOnes, ...planned].sort((a, b) => a.day.localeCompare(b.day));
}
