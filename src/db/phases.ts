/** Read models for the phase overview pages. */
import { database } from './database.ts';

export async function readGrowOverview() {
  const db = database();
  const [checkIns, people, goals] = await Promise.all([db.checkIns.toArray(), db.people.toArray(), db.goals.toArray()]);
  return { checkIns, people, goals };
}
