/**
 * What changed between format 1 and format 2, as one pure step that both the
 * workspace-file migration (src/io/migrations.ts) and the database upgrade
 * (src/db/versions.ts) run, so a v1 file and a v1 database come out the same:
 *
 * - a team's `scope` strings become System records (kind "service", owned by nobody
 *   yet: format 1 knew only their names);
 * - goals written inside check-ins become Goal records of their own, and each check-in
 *   keeps the ids of the goals it discussed. A goal repeated in a later check-in of
 *   the same person (the same id, or the same text) becomes one goal whose status
 *   history has an entry for each check-in that changed it.
 *
 * The input is not validated yet (a file is validated after its migration), so
 * anything of an unexpected shape is passed on as it is, for validation to report.
 */
import { keyedUuid } from './seeded.ts';

type Row = Record<string, unknown>;

/** Seed for the ids of records the step creates: the same input always gets the same ids. */
const SEED = 0x2f0a7;

export interface Format2Step {
  teams: Row[];
  systems: Row[];
  checkIns: Row[];
  goals: Row[];
}

/** The id format 2 gives the system made from a team's `index`-th scope string (the sample team reuses it). */
export function scopeSystemId(teamId: string, index: number): string {
  return keyedUuid(SEED, `system:${teamId}:${index}`);
}

export function liftToFormat2(input: { teams: unknown[]; checkIns: unknown[] }): Format2Step {
  const systems: Row[] = [];
  const teams = input.teams.map((team) => {
    if (!isRow(team) || !('scope' in team)) return team as Row;
    const { scope, ...rest } = team;
    if (!Array.isArray(scope)) return team;
    scope.forEach((name, i) => {
      systems.push({
        id: scopeSystemId(String(team.id), i),
        name: typeof name === 'string' ? name.trim() : name,
        kind: 'service',
        ...(team.sample === true ? { sample: true } : {}),
      });
    });
    return rest;
  });
  const { checkIns, goals } = goalsOutOfCheckIns(input.checkIns);
  return { teams, systems, checkIns, goals };
}

function goalsOutOfCheckIns(input: unknown[]): { checkIns: Row[]; goals: Row[] } {
  const goals = new Map<string, Row & { history: Row[] }>();
  const byText = new Map<string, string>();
  const lifted = new Map<unknown, Row>();
  // Oldest check-in first, so a goal is set in the quarter it first appears and its history runs forward.
  const ordered = input
    .filter((c): c is Row => isRow(c) && Array.isArray(c.goals))
    .sort((a, b) => String(a.date).localeCompare(String(b.date)));
  for (const checkIn of ordered) {
    const { goals: inside, ...rest } = checkIn as Row & { goals: unknown[] };
    const goalIds: unknown[] = [];
    inside.forEach((goal, i) => {
      if (!isRow(goal)) {
        goalIds.push(goal);
        return;
      }
      const textKey = `${String(checkIn.personId)}\u0000${String(goal.text ?? '').trim().toLowerCase()}`;
      const id = typeof goal.id === 'string' && goals.has(goal.id) ? goal.id : (byText.get(textKey) ?? (typeof goal.id === 'string' ? goal.id : keyedUuid(SEED, `goal:${String(checkIn.id)}:${i}`)));
      const status = goal.status ?? 'not-started';
      const existing = goals.get(id);
      if (existing) {
        const last = existing.history[existing.history.length - 1];
        if (last?.status !== status) existing.history.push({ status, on: checkIn.date });
        existing.status = status;
        if (checkIn.sample !== true) delete existing.sample;
      } else {
        goals.set(id, {
          id,
          personId: checkIn.personId,
          text: goal.text,
          setIn: checkIn.quarter,
          status,
          history: [{ status, on: checkIn.date }],
          capabilityIds: [],
          ...(checkIn.sample === true ? { sample: true } : {}),
        });
        byText.set(textKey, id);
      }
      if (!goalIds.includes(id)) goalIds.push(id);
    });
    lifted.set(checkIn, { ...rest, goalIds });
  }
  const checkIns = input.map((c) => lifted.get(c) ?? (c as Row));
  return { checkIns, goals: [...goals.values()] };
}

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
