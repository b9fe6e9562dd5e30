/**
 * Hired → on the team: a new hire's interview evidence proposes their first capability
 * levels (the manager confirms or changes each), and the team's coverage before and
 * after shows what the hire changed for the design.
 */
import type { Capability, LevelScale } from '../../schemas/capability.ts';
import type { Candidate, Scorecard } from '../../schemas/hiring.ts';
import { DEFAULT_SCALE_LEVELS } from '../default-scale.ts';
import type { CapabilityCoverage } from '../insights.ts';
import { median } from './puzzle.ts';
import { isSubmitted } from './visibility.ts';

export interface LevelProposal {
  capabilityId: string;
  /** A level value of the capability's scale. */
  level: number;
  /** Median of the submitted scores (1–4) the level comes from. */
  medianScore: number;
  /** Submitted scores that are not "no signal": how much evidence backs the level. */
  evidence: number;
}

/** The top interview score; scores run 1–4. */
const TOP_SCORE = 4;

/**
 * The level for a median interview score: the score's share of the top score (1 → ¼,
 * 4 → all) picks the level at that share of the way along the scale by position, rounded
 * down. On the default 0–4 scale the median maps straight to level 1–4 (2.5 → 2); on a
 * 1–6 scale 1 → 2, 2 → 3, 3 → 4, 4 → 6. Positions, not values, so gaps in a scale's
 * values do not matter. A capability whose scale is missing is read on the default scale.
 */
export function levelForScore(medianScore: number, scale: Pick<LevelScale, 'levels'> | undefined): number {
  const values = (scale?.levels ?? DEFAULT_SCALE_LEVELS).map((l) => l.value).sort((a, b) => a - b);
  // Medians are whole or halves, so this product is exact in floating point.
  return values[Math.floor((medianScore * (values.length - 1)) / TOP_SCORE)]!;
}

/**
 * One proposal per capability the candidate was scored on, in capability order, from
 * their submitted scorecards. Capabilities with only "no signal" are skipped, and so are
 * capability ids no longer in the framework (there is no scale to place them on).
 */
export function proposedLevels(
  candidate: Pick<Candidate, 'id'>,
  scorecards: readonly Scorecard[],
  capabilities: readonly Pick<Capability, 'id' | 'scaleId'>[],
  scales: readonly LevelScale[],
): LevelProposal[] {
  const scores = new Map<string, number[]>();
  for (const card of scorecards) {
    if (card.candidateId !== candidate.id || !isSubmitted(card)) continue;
    for (const s of card.scores) {
      if (s.score === null) continue;
      let list = scores.get(s.capabilityId);
      if (!list) scores.set(s.capabilityId, (list = []));
      list.push(s.score);
    }
  }
  const scalesById = new Map(scales.map((s) => [s.id, s]));
  return capabilities.flatMap((c) => {
    const list = scores.get(c.id);
    if (!list) return [];
    const medianScore = median(list)!;
    const level = levelForScore(medianScore, scalesById.get(c.scaleId));
    return [{ capabilityId: c.id, level, medianScore, evidence: list.length }];
  });
}

export interface CoverageRise {
  capabilityId: string;
  /** People meeting the capability's target before. */
  from: number;
  to: number;
}

type CoverageEntry = Pick<CapabilityCoverage, 'capabilityId' | 'meeting'> & { target?: Pick<CapabilityCoverage['target'], 'people'> };

/**
 * The capabilities where more people meet the target after than before ("this hire raises
 * coverage of X from 1 to 2"), in `after` order. A capability new in `after` rises from 0.
 * Where the entries carry their target, only rises that change a gap count: a capability
 * already at its target before is not news for the design.
 */
export function coverageChange(before: readonly CoverageEntry[], after: readonly CoverageEntry[]): CoverageRise[] {
  const was = new Map(before.map((c) => [c.capabilityId, c.meeting.length]));
  return after.flatMap((c) => {
    const from = was.get(c.capabilityId) ?? 0;
    if (c.target && from >= c.target.people) return [];
    return c.meeting.length > from ? [{ capabilityId: c.capabilityId, from, to: c.meeting.length }] : [];
  });
}
