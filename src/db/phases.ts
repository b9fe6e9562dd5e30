/** Read models for the phase overview pages. */
import { database } from './database.ts';

export async function readDesignOverview() {
  const db = database();
  const [teams, people, areas, capabilities] = await Promise.all([
    db.teams.toArray(),
    db.people.toArray(),
    db.capabilityAreas.toArray(),
    db.capabilities.toArray(),
  ]);
  return { team: teams[0], people, areas: areas.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name)), capabilities };
}

export async function readHireOverview() {
  const db = database();
  const [openings, loops, candidates] = await Promise.all([db.openings.toArray(), db.interviewLoops.toArray(), db.candidates.toArray()]);
  return { openings, loops, candidates };
}

export async function readLearnOverview() {
  const db = database();
  const [plans, people] = await Promise.all([db.onboardingPlans.toArray(), db.people.toArray()]);
  return { plans, people };
}

export async function readGrowOverview() {
  const db = database();
  const [checkIns, people] = await Promise.all([db.checkIns.toArray(), db.people.toArray()]);
  return { checkIns, people };
}
