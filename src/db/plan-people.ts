/**
 * A person who joins the team while the 90-day plan runs gets the tasks every person gets
 * (a getting-to-know-you 1:1, a baseline check-in), written in the same transaction that
 * adds them, so nobody is on the team without their tasks. Apart from plan.ts so the
 * commands that add people (design.ts, candidates.ts) need not load the plan's readers.
 */
import type { TurbineDB } from './database.ts';
import { stamp } from './fresh.ts';
import { NinetyDayPlan } from '../schemas/plan.ts';
import type { RecordOf } from '../schemas/records.ts';
import { lastDayOf, personTasksFor } from '../domain/plan/plan.ts';

/** Call inside a transaction that includes `db.ninetyDayPlans`. */
export async function addPersonTasks(db: TurbineDB, people: readonly RecordOf<'people'>[], today: string): Promise<void> {
  const plans = await db.ninetyDayPlans.toArray();
  for (const plan of plans) {
    if (plan.eachPerson.length === 0 || lastDayOf(plan) < today) continue;
    const added = people.flatMap((p) => (p.status === 'moved-on' ? [] : personTasksFor(plan, p, today, () => crypto.randomUUID())));
    if (added.length === 0) continue;
    const tasks = [...plan.tasks, ...added].sort((a, b) => a.week - b.week);
    await db.ninetyDayPlans.put(NinetyDayPlan.parse({ ...plan, tasks, updatedAt: stamp(plan.updatedAt) }));
  }
}
