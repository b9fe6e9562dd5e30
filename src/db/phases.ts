/** Read models for the phase overview pages. */
import { database } from './database.ts';

export async function readLearnOverview() {
  const db = database();
  const [plans, people] = await Promise.all([db.onboardingPlans.toArray(), db.people.toArray()]);
  return { plans, people };
}

export async function readGrowOverview() {
  const db = database();
  const [checkIns, people, goals] = await Promise.all([db.checkIns.toArray(), db.people.toArray(), db.goals.toArray()]);
  return { checkIns, people, goals };
}
