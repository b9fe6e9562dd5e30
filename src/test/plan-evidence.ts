/** Evidence for the 90-day plan's ticks (domain/plan/ticks.ts) in unit tests: nothing logged yet, unless given. */
import type { PlanEvidence } from '../domain/plan/ticks.ts';

export function planEvidence(today: string, people: PlanEvidence['people'], more: Partial<PlanEvidence> = {}): PlanEvidence {
  return {
    today,
    people,
    oneOnOnes: [],
    team: undefined,
    capabilities: [],
    managerCells: new Map(),
    openings: [],
    loops: [],
    systems: 0,
    knownSystems: 0,
    unplanned: [],
    learningMarginTarget: undefined,
    checkIns: [],
    ...more,
  };
}
