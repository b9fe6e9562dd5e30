/**
 * Named migrations of the workspace *file* format, one per formatVersion step.
 * A file written by an older Turbine is lifted one step at a time to the current
 * format before it is validated. Every migration needs a before/after test in
 * migrations.test.ts (the test fails when one is missing).
 */
import { WORKSPACE_FORMAT_VERSION } from '../schemas/format.ts';
import { liftToFormat2 } from '../domain/format-2.ts';
import { liftToFormat3 } from '../domain/format-3.ts';
import { liftToFormat4 } from '../domain/format-4.ts';
import { liftToFormat5 } from '../domain/format-5.ts';
import { liftToFormat6 } from '../domain/format-6.ts';

export interface FileMigration {
  /** What the step changes, in a few words. */
  name: string;
  /** Takes the `data` of a file at version `from` and returns it at `from + 1`. */
  up: (data: Record<string, unknown>) => Record<string, unknown>;
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Keyed by the version a migration starts from. */
export const fileMigrations: Record<number, FileMigration> = {
  1: {
    name: 'team scope becomes systems; goals move out of check-ins',
    up: (data) => {
      // Arrays that are not arrays are left for validation to name; only real ones are lifted.
      if (!Array.isArray(data.teams ?? []) || !Array.isArray(data.checkIns ?? [])) return data;
      const step = liftToFormat2({ teams: list(data.teams), checkIns: list(data.checkIns) });
      const out: Record<string, unknown> = { ...data };
      if ('teams' in data) out.teams = step.teams;
      if ('checkIns' in data) out.checkIns = step.checkIns;
      if (step.systems.length > 0) out.systems = [...list(data.systems), ...step.systems];
      if (step.goals.length > 0) out.goals = [...list(data.goals), ...step.goals];
      return out;
    },
  },
  2: {
    name: "onboarding items are due on a workday offset from the plan's start",
    up: (data) => (Array.isArray(data.onboardingPlans) ? { ...data, onboardingPlans: liftToFormat3(data.onboardingPlans) } : data),
  },
  3: {
    name: 'check-ins gain strengths with their use, wins, engagement per need, evidence, level checks and manager notes',
    up: (data) => (Array.isArray(data.checkIns) ? { ...data, checkIns: liftToFormat4(data.checkIns) } : data),
  },
  4: {
    // A format-4 task is ticked by hand, as it was; an older Turbine refuses a format-5 file
    // instead of dropping what ticks its tasks.
    name: "90-day plan tasks can be ticked by the workspace's data, and plans keep the tasks each person gets",
    up: (data) => (Array.isArray(data.ninetyDayPlans) ? { ...data, ninetyDayPlans: liftToFormat5(data.ninetyDayPlans) } : data),
  },
  5: {
    // An older Turbine refuses a format-6 file instead of dropping the kits a reply must match.
    name: 'candidates keep the interview kits given to interviewers; scorecards say where they were written',
    up: (data) => (Array.isArray(data.candidates) ? { ...data, candidates: liftToFormat6(data.candidates) } : data),
  },
};

export function migrateFileData(data: Record<string, unknown>, fromVersion: number): Record<string, unknown> {
  let current = data;
  for (let v = fromVersion; v < WORKSPACE_FORMAT_VERSION; v++) {
    const step = fileMigrations[v];
    if (!step) throw new Error(`No migration from workspace format ${v} to ${v + 1}`);
    current = step.up(current);
  }
  return current;
}
