/**
 * The capability matrix as it stands now. Assessments are appended, so the current
 * cell for (person, capability) is the latest assessment by `at`; on equal `at` the
 * one later in the list wins, because it was appended later.
 *
 * There are two views of every cell, kept apart: the manager's (sources manager,
 * check-in, interview and import) and the person's own (source self). Coverage, gaps,
 * bus factor and hiring read the manager's view only; a self-assessment is shown beside
 * it and never changes it.
 *
 * A quick correction is not history: an edit of the same cell by the same source within
 * CORRECTION_MS of the entry it corrects replaces that entry (see `withEdit`).
 */
import type { Assessment } from '../schemas/assessment.ts';

type Source = Assessment['source'];

/** Whose view of a cell: the manager's (and the evidence they weigh), or the person's own. */
export type CellView = 'manager' | 'self';

export function viewOf(source: Source): CellView {
  return source === 'self' ? 'self' : 'manager';
}

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
  const current = cellOf(index, assessment.personId, assessment.capabilityId);
  if (current && !atOrAfter(assessment.at, current.at)) return false;
  setCell(index, assessment);
  return true;
}

/** Makes `assessment` the current cell, whatever was there: for walks over a history already in time order. */
export function setCell(index: CellIndex, assessment: Assessment): void {
  let row = index.get(assessment.personId);
  if (!row) index.set(assessment.personId, (row = new Map()));
  row.set(assessment.capabilityId, assessment);
}

/** The current cell of every (person, capability) that has been assessed in one view (the manager's unless said), in one pass. */
export function latestCells(assessments: readonly Assessment[], view: CellView = 'manager'): CellIndex {
  const index: CellIndex = new Map();
  for (const a of assessments) if (viewOf(a.source) === view) applyAssessment(index, a);
  return index;
}

/** Both views' current cells in one pass over the history. */
export function latestCellsByView(assessments: readonly Assessment[]): Record<CellView, CellIndex> {
  const views: Record<CellView, CellIndex> = { manager: new Map(), self: new Map() };
  for (const a of assessments) applyAssessment(views[viewOf(a.source)], a);
  return views;
}

/**
 * How far apart a self-assessment and the manager's view of a cell are: null when either
 * has no level; `flag` when they are two levels or more apart.
 */
export function selfDifference(manager: Cell | undefined, self: Cell | undefined): { by: number; flag: boolean } | null {
  if (manager?.level == null || self?.level == null || manager.level === self.level) return null;
  const by = self.level - manager.level;
  return { by, flag: Math.abs(by) >= 2 };
}

/** An edit within this long of the entry it changes, by the same source, corrects that entry. */
export const CORRECTION_MS = 5 * 60_000;

export interface EditOutcome<A extends Assessment = Assessment> {
  /** The person's history after the edit. */
  records: A[];
  /** The entry the edit corrected, now gone from the history. */
  replaced?: A;
  /** False when the correction took the cell back to what it was before the corrected entry, so nothing new was kept. */
  kept: boolean;
}

const sameState = (a: Pick<Assessment, 'level' | 'interested'> | undefined, b: Pick<Assessment, 'level' | 'interested'>) =>
  a ? a.level === b.level && a.interested === b.interested : b.level === null && !b.interested;

/**
 * One person's history (`group`, in stored order) with the edit `next` of a cell added.
 * If the cell's current entry in the same view came from the same source no more than
 * `windowMs` before `next`, it was a slip being corrected: that entry is replaced. And if
 * the correction brings the cell back to what it was before that entry (2 → 3 → 2 within
 * minutes), nothing is kept at all. Otherwise `next` is appended: history keeps real changes.
 */
export function withEdit<A extends Assessment>(group: readonly A[], next: A, windowMs = CORRECTION_MS): EditOutcome<A> {
  const view = viewOf(next.source);
  // The current entry of the cell in this view, and the one it followed.
  let latest = -1;
  let before = -1;
  const newer = (i: number, j: number) => j < 0 || atOrAfter(group[i]!.at, group[j]!.at);
  for (let i = 0; i < group.length; i++) {
    const a = group[i]!;
    if (a.capabilityId !== next.capabilityId || viewOf(a.source) !== view) continue;
    if (newer(i, latest)) {
      before = latest;
      latest = i;
    } else if (newer(i, before)) before = i;
  }
  const current = latest >= 0 ? group[latest]! : undefined;
  const gap = current ? Date.parse(next.at) - Date.parse(current.at) : NaN;
  if (!current || current.source !== next.source || !(gap >= 0 && gap <= windowMs)) return { records: [...group, next], kept: true };
  const rest = group.filter((_, i) => i !== latest);
  const previous = before >= 0 ? group[before] : undefined;
  if (sameState(previous, next)) return { records: rest, replaced: current, kept: false };
  return { records: [...rest, next], replaced: current, kept: true };
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
