/**
 * Suggested pairs: a person who wants to grow in a capability beside someone strong in it
 * who has time for it. Ranked so that scarce knowledge spreads first (capabilities with the
 * fewest strong people), and assigned one by one so that each suggestion counts against its
 * partner: the same expert is never suggested for everything. A partner already mentoring
 * MAX_LOAD people, or given MAX_NEW_PAIRS suggestions in this list, is not suggested again.
 */
import type { CapabilityCoverage, SinglePointOfFailure } from '../insights.ts';
import { plural } from '../words.ts';

/** Learners someone can mentor at once, counting plans already in progress. */
export const MAX_LOAD = 3;
/** New pairs one person is suggested for in one list. */
export const MAX_NEW_PAIRS = 2;

export interface SuggestedPair {
  learnerId: string;
  capabilityId: string;
  partnerId: string;
  /** Why this partner, in the manager's words. */
  why: string;
}

export interface PairingInput {
  coverage: readonly Pick<CapabilityCoverage, 'capabilityId' | 'strong' | 'strongLevels' | 'wantToGrow' | 'busFactor'>[];
  singlePointsOfFailure: readonly Pick<SinglePointOfFailure, 'personId'>[];
  /** Learners each person already mentors (buddies on plans not done). */
  mentoring: ReadonlyMap<string, number>;
  /** Pairs already planned, "learner capability", so they are not suggested again. */
  planned: ReadonlySet<string>;
  name: (personId: string) => string;
}

export const pairKey = (learnerId: string, capabilityId: string) => `${learnerId} ${capabilityId}`;

export function suggestPairs(input: PairingInput): SuggestedPair[] {
  const lone = new Map<string, number>();
  for (const s of input.singlePointsOfFailure) lone.set(s.personId, (lone.get(s.personId) ?? 0) + 1);
  const suggested = new Map<string, number>();
  const pairs: SuggestedPair[] = [];
  // Scarce knowledge first: a capability one person holds is the one to spread.
  const wanted = [...input.coverage].filter((c) => c.strong.length > 0).sort((a, b) => a.strong.length - b.strong.length || a.capabilityId.localeCompare(b.capabilityId));
  for (const cov of wanted) {
    for (const learnerId of cov.wantToGrow) {
      if (cov.strong.includes(learnerId) || input.planned.has(pairKey(learnerId, cov.capabilityId))) continue;
      const options = cov.strong
        .map((personId, i) => ({
          personId,
          level: cov.strongLevels[i] ?? 0,
          mentoring: input.mentoring.get(personId) ?? 0,
          fresh: suggested.get(personId) ?? 0,
          lone: lone.get(personId) ?? 0,
        }))
        .filter((o) => o.personId !== learnerId && o.mentoring + o.fresh < MAX_LOAD && o.fresh < MAX_NEW_PAIRS);
      options.sort(
        (a, b) => a.mentoring + a.fresh - (b.mentoring + b.fresh) || a.lone - b.lone || b.level - a.level || input.name(a.personId).localeCompare(input.name(b.personId)),
      );
      const best = options[0];
      if (!best) continue;
      suggested.set(best.personId, best.fresh + 1);
      const load = best.mentoring + best.fresh;
      pairs.push({
        learnerId,
        capabilityId: cov.capabilityId,
        partnerId: best.personId,
        why: [
          `level ${best.level}`,
          load === 0 ? 'mentors nobody yet' : `${plural(load, 'learner')} already`,
          best.lone === 0 ? 'carries no capability alone' : `the only strong person in ${plural(best.lone, 'capability', 'capabilities')}`,
          cov.strong.length === 1 ? 'the only one strong here' : `one of ${cov.strong.length} strong here`,
        ].join('; '),
      });
    }
  }
  return pairs;
}
