/**
 * What Grow asks of the manager this quarter, for Home: who is due a check-in, which drafts
 * are in progress, which goals are at risk, and who grew into a capability an open opening
 * hires for (so the opening's profile may need another look). Pure.
 */
import type { CheckIn } from '../../schemas/check-in.ts';
import type { Goal } from '../../schemas/goal.ts';

interface PersonLike {
  id: string;
  name: string;
  status: string;
  startDate?: string | undefined;
}

export interface GrowToday {
  /** Current people with no held check-in this quarter: drafts to finish first, then those not started. */
  due: { personId: string; name: string; draft: boolean }[];
  goalsAtRisk: { personId: string; name: string; text: string }[];
  /** A confirmed check-in level above last quarter's check-in level, in a capability an open opening hires for. */
  grewIntoOpenings: { personId: string; name: string; capabilityId: string; openingId: string; from: number; to: number }[];
}

export function growToday(input: {
  people: readonly PersonLike[];
  today: string;
  thisQuarter: readonly CheckIn[];
  lastQuarter: readonly CheckIn[];
  goals: readonly Goal[];
  openings: readonly { id: string; status: string; mustHave: readonly string[]; niceToHave: readonly string[] }[];
}): GrowToday {
  // Someone who has not started yet is not due a check-in this quarter.
  const current = input.people.filter((p) => p.status !== 'moved-on' && (!p.startDate || p.startDate <= input.today));
  const checkInOf = new Map(input.thisQuarter.map((c) => [c.personId, c]));
  const due = current
    .filter((p) => !checkInOf.get(p.id)?.held)
    .map((p) => ({ personId: p.id, name: p.name, draft: checkInOf.has(p.id) }))
    .sort((a, b) => Number(b.draft) - Number(a.draft) || a.name.localeCompare(b.name));
  const nameOf = new Map(current.map((p) => [p.id, p.name]));
  const goalsAtRisk = input.goals.filter((g) => g.status === 'at-risk' && nameOf.has(g.personId)).map((g) => ({ personId: g.personId, name: nameOf.get(g.personId)!, text: g.text }));
  const lastOf = new Map(input.lastQuarter.map((c) => [c.personId, c]));
  const open = input.openings.filter((o) => o.status === 'open');
  const grewIntoOpenings = input.thisQuarter.flatMap((c) => {
    const name = nameOf.get(c.personId);
    if (!name) return [];
    return c.levels.flatMap((l) => {
      if (!l.confirmedAt || l.manager === undefined) return [];
      const before = lastOf.get(c.personId)?.levels.find((x) => x.capabilityId === l.capabilityId)?.manager;
      // Growth is measured against the last check-in's level: a first rating is not growth.
      if (before === undefined || before >= l.manager) return [];
      const opening = open.find((o) => o.mustHave.includes(l.capabilityId) || o.niceToHave.includes(l.capabilityId));
      return opening ? [{ personId: c.personId, name, capabilityId: l.capabilityId, openingId: opening.id, from: before, to: l.manager }] : [];
    });
  });
  return { due, goalsAtRisk, grewIntoOpenings };
}
