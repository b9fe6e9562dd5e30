/**
 * The capability matrix as it stands now. Assessments are only ever appended, so
 * the current cell for (person, capability) is the latest assessment by `at`; on
 * equal `at` the one later in the list wins, because it was appended later.
 */
import type { Assessment } from '../schemas/assessment.ts';

/**
 * The current state of one matrix cell: the assessment that is latest, kept as is
 * (no copy) so building the index allocates little. `level: null` means cleared.
 */
export type Cell = Readonly<Assessment>;

/** personId → capabilityId → current cell. Nested rather than keyed by one string: no key is built per lookup. */
export type CellIndex = Map<string, Map<string, Cell>>;

/** One string per cell, for callers that need a flat key (list keys, sets of edited cells). Ids are UUIDs, so '|' never occurs in one. */
export function cellKey(personId: string, capabilityId: string): string {
  return `${personId}|${capabilityId}`;
}

export function cellOf(index: CellIndex, personId: string, capabilityId: string): Cell | undefined {
  return index.get(personId)?.get(capabilityId);
}

/** True if instant `a` is the same as or after instant `b`. */
function atOrAfter(a: string, b: string): boolean {
  // Same-length UTC strings sort like their instants, which spares parsing on the hot path.
  if (a.length === b.length && a.endsWith('Z') && b.endsWith('Z')) return a >= b;
  return Date.parse(a) >= Date.parse(b);
}

/**
 * Makes `assessment` the current cell if it is not older than the current one.
 * Updates `index` in place, so an edit does not recompute the whole matrix.
 * Returns whether it became the current cell.
 */
export function applyAssessment(index: CellIndex, assessment: Assessment): boolean {
  let row = index.get(assessment.personId);
  if (!row) index.set(assessment.personId, (row = new Map()));
  const current = row.get(assessment.capabilityId);
  if (current && !atOrAfter(assessment.at, current.at)) return false;
  row.set(assessment.capabilityId, assessment);
  return true;
}

/** The current cell of every (person, capability) that has been assessed, in one pass. */
export function latestCells(assessments: readonly Assessment[]): CellIndex {
  const index: CellIndex = new Map();
  for (const a of assessments) applyAssessment(index, a);
  return index;
}

/** One person's assessments (optionally of one capability), newest first; on equal `at` the later-appended first. */
export function historyOf(assessments: readonly Assessment[], personId: string, capabilityId?: string): Assessment[] {
  const picked: { a: Assessment; t: number; i: number }[] = [];
  assessments.forEach((a, i) => {
    if (a.personId === personId && (capabilityId === undefined || a.capabilityId === capabilityId))
      picked.push({ a, t: Date.parse(a.at), i });
  });
  picked.sort((x, y) => y.t - x.t || y.i - x.i);
  return picked.map((p) => p.a);
}
