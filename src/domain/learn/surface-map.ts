/**
 * The surface-area map: for each system the team owns, who knows it and so how many people
 * it can lose before nobody does (its bus factor).
 *
 * A current person knows a system when
 *  - the matrix says so: they are at or above the strong level in every capability the
 *    system needs (the manager's view, as coverage counts it), or
 *  - its history says so: they are an author (by degree of authorship) of at least a
 *    quarter of its files in the repository history the manager imported.
 * Owners are listed apart: owning a system is not knowing it, and the map shows where the
 * listed owner is not among those who know it. A system that needs no capability and has no
 * history has nothing to say who knows it; its bus factor is unknown rather than 0.
 */
import type { CapabilityCoverage } from '../insights.ts';
import type { System } from '../../schemas/system.ts';

/** The share of a system's files someone must author to count as knowing it from history. */
export const HISTORY_SHARE = 0.25;

export type KnowsBy = 'matrix' | 'history' | 'both';

export interface SystemKnowledge {
  systemId: string;
  name: string;
  kind: System['kind'];
  /** Current people who own it. */
  owners: string[];
  /** Current people who know it, and what says so. */
  knowers: { personId: string; by: KnowsBy }[];
  /** How many people know it; null when nothing says (no capability needed, no history). */
  busFactor: number | null;
  /** Owners nobody's evidence counts as knowing it (only when something says who does). */
  ownersWhoDoNotKnowIt: string[];
  /** History authors who are not on the team (e-mail not matched to a current person). */
  authorsElsewhere: string[];
  /** The history's truck factor, when a history was imported. */
  truckFactor: number | null;
}

export function surfaceMap(
  systems: readonly System[],
  coverage: readonly Pick<CapabilityCoverage, 'capabilityId' | 'strong'>[],
  currentPeople: ReadonlySet<string>,
): SystemKnowledge[] {
  const strongIn = new Map(coverage.map((c) => [c.capabilityId, new Set(c.strong)]));
  const rows = systems.map((system): SystemKnowledge => {
    const byMatrix = knownByMatrix(system, strongIn, currentPeople);
    const { authors, elsewhere } = knownByHistory(system, currentPeople);
    const knowers = new Map<string, KnowsBy>();
    for (const id of byMatrix) knowers.set(id, 'matrix');
    for (const id of authors) knowers.set(id, knowers.has(id) ? 'both' : 'history');
    const evidence = system.capabilityIds.length > 0 || system.history !== undefined;
    const owners = system.ownerIds.filter((id) => currentPeople.has(id));
    return {
      systemId: system.id,
      name: system.name,
      kind: system.kind,
      owners,
      knowers: [...knowers].map(([personId, by]) => ({ personId, by })),
      busFactor: evidence ? knowers.size : null,
      ownersWhoDoNotKnowIt: evidence ? owners.filter((id) => !knowers.has(id)) : [],
      authorsElsewhere: elsewhere,
      truckFactor: system.history?.truckFactor ?? null,
    };
  });
  return rows.sort(riskFirst);
}

/** Nobody or one person first, then the rest by bus factor; unknown last; then by name. */
function riskFirst(a: SystemKnowledge, b: SystemKnowledge): number {
  const rank = (r: SystemKnowledge) => (r.busFactor === null ? Number.MAX_SAFE_INTEGER : r.busFactor);
  return rank(a) - rank(b) || a.name.localeCompare(b.name);
}

function knownByMatrix(system: System, strongIn: Map<string, Set<string>>, current: ReadonlySet<string>): string[] {
  if (system.capabilityIds.length === 0) return [];
  const [first, ...rest] = system.capabilityIds.map((id) => strongIn.get(id) ?? new Set<string>());
  return [...first!].filter((id) => current.has(id) && rest.every((s) => s.has(id)));
}

function knownByHistory(system: System, current: ReadonlySet<string>): { authors: string[]; elsewhere: string[] } {
  const history = system.history;
  if (!history || history.files === 0) return { authors: [], elsewhere: [] };
  const enough = history.authors.filter((a) => a.files / history.files >= HISTORY_SHARE);
  return {
    authors: enough.flatMap((a) => (a.personId && current.has(a.personId) ? [a.personId] : [])),
    elsewhere: enough.filter((a) => !a.personId || !current.has(a.personId)).map((a) => a.email),
  };
}
