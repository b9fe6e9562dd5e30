/**
 * A trajectory for each person, and the team's, over quarters: the series the Grow charts
 * and their tables are drawn from. Never one score: each capability, each need and each
 * goal outcome keeps its own line. Pure; the quarters are the user's local-calendar ones.
 */
import { addQuarters, daysOfQuarter, endOfDay, isInQuarter, timeOf } from '../dates.ts';
import { cellOf, setCell, viewOf, type CellIndex } from '../matrix-cells.ts';
import { coverage, type InsightsInput } from '../insights.ts';
import type { Assessment } from '../../schemas/assessment.ts';
import type { BicepsNeed, CheckIn } from '../../schemas/check-in.ts';
import type { Goal } from '../../schemas/goal.ts';

/** The last `count` quarters up to and including `last`, oldest first. */
export function quartersUpTo(last: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addQuarters(last, i - count + 1));
}

/**
 * The quarters a trajectory shows: from the first quarter anything was recorded about the
 * person (at most `count` back) to `last`, so a young workspace is not drawn mostly empty.
 */
export function trajectoryQuarters(last: string, count: number, recordedIn: readonly string[]): string[] {
  const all = quartersUpTo(last, count);
  const first = [...recordedIn].filter((q) => q <= last).sort()[0];
  return first === undefined ? all.slice(-1) : all.filter((q) => q >= first);
}

/**
 * The capability to draw first: the one where the two views differ most at the latest quarter
 * both were given, else the one whose manager level moved most.
 */
export function capabilityToShowFirst(series: readonly LevelSeries[]): string | undefined {
  const gap = (s: LevelSeries) => {
    for (let i = s.manager.length - 1; i >= 0; i--) if (s.manager[i] !== null && s.self[i] !== null) return Math.abs(s.self[i]! - s.manager[i]!);
    return -1;
  };
  const moved = (s: LevelSeries) => {
    const rated = s.manager.filter((v): v is number => v !== null);
    return rated.length === 0 ? 0 : Math.max(...rated) - Math.min(...rated);
  };
  return [...series].sort((a, b) => gap(b) - gap(a) || moved(b) - moved(a))[0]?.capabilityId;
}

export interface LevelSeries {
  capabilityId: string;
  /** The manager's level at the end of each quarter (null: not rated yet). */
  manager: (number | null)[];
  /** The person's own level at the end of each quarter. */
  self: (number | null)[];
}

/**
 * Each capability's manager and self level at the end of each quarter, from the matrix
 * history: the latest entry of each view on or before the quarter's last day. Capabilities
 * never rated in either view are left out.
 */
export function levelSeries(assessments: readonly Assessment[], personId: string, quarters: readonly string[]): LevelSeries[] {
  // Sorted by time (stable: of two entries at the same moment, the later in the list wins).
  const own = assessments
    .filter((a) => a.personId === personId)
    .map((a) => ({ a, time: timeOf(a.at) }))
    .sort((x, y) => x.time - y.time);
  const ends = quarters.map((q) => endOfDay(daysOfQuarter(q).last));
  const out: LevelSeries[] = [];
  for (const [capabilityId, entries] of Map.groupBy(own, (e) => e.a.capabilityId)) {
    const series: LevelSeries = { capabilityId, manager: [], self: [] };
    let manager: number | null = null;
    let self: number | null = null;
    let next = 0;
    for (const end of ends) {
      while (next < entries.length && entries[next]!.time < end) {
        const { a } = entries[next++]!;
        if (viewOf(a.source) === 'self') self = a.level;
        else manager = a.level;
      }
      series.manager.push(manager);
      series.self.push(self);
    }
    if (series.manager.some((v) => v !== null) || series.self.some((v) => v !== null)) out.push(series);
  }
  return out;
}

export interface GoalOutcomes {
  quarter: string;
  set: number;
  done: number;
  dropped: number;
}

/** Per quarter: goals set in it, and goals that became done or dropped in it. */
export function goalOutcomes(goals: readonly Goal[], personId: string, quarters: readonly string[]): GoalOutcomes[] {
  const own = goals.filter((g) => g.personId === personId);
  return quarters.map((quarter) => ({
    quarter,
    set: own.filter((g) => g.setIn === quarter).length,
    done: own.filter((g) => g.history.some((h) => h.status === 'done' && isInQuarter(h.on, quarter))).length,
    dropped: own.filter((g) => g.history.some((h) => h.status === 'dropped' && isInQuarter(h.on, quarter))).length,
  }));
}

export type EngagementKey = 'overall' | BicepsNeed;

/** Each engagement rating per quarter, from that quarter's check-in (null: not rated or no check-in). */
export function engagementSeries(checkIns: readonly CheckIn[], personId: string, quarters: readonly string[], keys: readonly EngagementKey[]): { key: EngagementKey; values: (number | null)[] }[] {
  const byQuarter = new Map(checkIns.filter((c) => c.personId === personId).map((c) => [c.quarter, c]));
  return keys
    .map((key) => ({ key, values: quarters.map((q) => byQuarter.get(q)?.engagement[key] ?? null) }))
    .filter((s) => s.values.some((v) => v !== null));
}

/**
 * Whether the manager's levels stayed the same over the last `span` quarters (and were rated):
 * someone whose levels have not moved for three quarters may need new scope.
 */
export function isFlat(series: readonly LevelSeries[], span = 3): boolean {
  const rated = series.filter((s) => s.manager.slice(-span).every((v) => v !== null));
  if (rated.length === 0) return false;
  return rated.every((s) => new Set(s.manager.slice(-span)).size === 1);
}

/** The capabilities where the manager's level rose over the last `span` quarters, with how much. */
export function grewIn(series: readonly LevelSeries[], span = 2): { capabilityId: string; from: number; to: number }[] {
  return series.flatMap((s) => {
    const window = s.manager.slice(-span);
    const from = window[0];
    const to = window.at(-1);
    return from !== null && from !== undefined && to !== null && to !== undefined && to > from ? [{ capabilityId: s.capabilityId, from, to }] : [];
  });
}

export interface TeamTrajectory {
  quarters: string[];
  /** Capabilities meeting their target, and those with a gap, at each quarter's end. */
  coverage: { atTarget: number[]; withGap: number[] };
  /** Someone whose manager level rose, over the last two quarters, in a capability that was a gap at the start. */
  growingIntoGaps: { personId: string; capabilityId: string; from: number; to: number }[];
  /** People rated throughout the last three quarters whose levels did not move. */
  flat: string[];
  /** People whose latest check-in says they are ready for more scope (the manager's own note). */
  readyForMore: string[];
}

export interface TeamTrajectoryInput {
  people: readonly { id: string; status: string; startDate?: string | undefined }[];
  assessments: readonly Assessment[];
  checkIns: readonly CheckIn[];
  /** Capability ids with a gap at a day's end, and those meeting their target (from Design's coverage). */
  coverageAt: (cells: CellIndex, day: string) => { gaps: string[]; atTarget: string[] };
}

/** The team over the last `count` quarters up to `last`. */
export function teamTrajectory(input: TeamTrajectoryInput, last: string, count = 4): TeamTrajectory {
  const quarters = quartersUpTo(last, count);
  // The manager's view only, times read once and compared as numbers: tens of thousands of entries are walked.
  const byTime = input.assessments
    .filter((a) => viewOf(a.source) === 'manager')
    .map((a) => ({ a, time: timeOf(a.at) }))
    .sort((x, y) => x.time - y.time);
  const ends = quarters.map((q) => endOfDay(daysOfQuarter(q).last));
  // "Flat" looks at the manager's levels at the last three quarter ends, "growing" at the last two.
  // A cell no entry changed after the first of those ends held one level throughout, so only the
  // cells changed inside that window keep their levels per end (see levelsAtWindowEnds).
  const window = Math.min(3, quarters.length);
  const windowStart = quarters.length - window;
  const changed = new Map<string, Map<string, (number | null)[]>>();
  const snapshots: { gaps: string[]; atTarget: string[] }[] = [];
  const cells: CellIndex = new Map();
  let next = 0;
  quarters.forEach((q, i) => {
    while (next < byTime.length && byTime[next]!.time < ends[i]!) {
      const { a } = byTime[next++]!;
      if (i > windowStart) {
        let row = changed.get(a.personId);
        if (!row) changed.set(a.personId, (row = new Map()));
        // Until now the cell held its level at every window end passed so far.
        if (!row.has(a.capabilityId)) row.set(a.capabilityId, Array<number | null>(i - windowStart).fill(cellOf(cells, a.personId, a.capabilityId)?.level ?? null));
      }
      setCell(cells, a);
    }
    if (i >= windowStart) for (const [personId, row] of changed) for (const [capabilityId, levels] of row) if (levels.length <= i - windowStart) levels.push(cellOf(cells, personId, capabilityId)?.level ?? null);
    snapshots.push(input.coverageAt(cells, daysOfQuarter(q).last));
  });
  const current = input.people.filter((p) => p.status !== 'moved-on');
  const gapsTwoAgo = new Set(snapshots.at(-2)?.gaps ?? []);
  const growingIntoGaps = current.flatMap((p) =>
    [...(changed.get(p.id) ?? [])].flatMap(([capabilityId, levels]) => {
      const [from, to] = levels.slice(-2);
      return gapsTwoAgo.has(capabilityId) && from != null && to != null && to > from ? [{ personId: p.id, capabilityId, from, to }] : [];
    }),
  );
  const flat = current.filter((p) => isFlatAcrossWindow(cells.get(p.id), changed.get(p.id))).map((p) => p.id);
  const latest = new Map<string, CheckIn>();
  for (const c of input.checkIns) if ((latest.get(c.personId)?.quarter ?? '') < c.quarter) latest.set(c.personId, c);
  const readyForMore = current.filter((p) => latest.get(p.id)?.managerNotes.readyForMoreScope).map((p) => p.id);
  return { quarters, coverage: { atTarget: snapshots.map((s) => s.atTarget.length), withGap: snapshots.map((s) => s.gaps.length) }, growingIntoGaps, flat, readyForMore };
}

/**
 * isFlat over the window, from a person's cells at its last end and the levels of the cells that
 * changed inside it: rated at every end and never moved, in at least one capability, and moved in none.
 */
function isFlatAcrossWindow(row: ReadonlyMap<string, { level: number | null }> | undefined, changed: ReadonlyMap<string, (number | null)[]> | undefined): boolean {
  let rated = false;
  for (const levels of changed?.values() ?? []) {
    if (levels.some((l) => l === null)) continue;
    if (levels.some((l) => l !== levels[0])) return false;
    rated = true;
  }
  if (rated) return true;
  for (const [capabilityId, cell] of row ?? []) if (cell.level !== null && !changed?.has(capabilityId)) return true;
  return false;
}

/** Design's coverage rule as `coverageAt` for teamTrajectory: who counts is decided on each quarter's last day. */
export function coverageRule(library: Omit<InsightsInput, 'cells' | 'today'>): TeamTrajectoryInput['coverageAt'] {
  return (cells, day) => {
    const all = coverage({ ...library, cells, today: day });
    return { gaps: all.filter((c) => c.gap > 0).map((c) => c.capabilityId), atTarget: all.filter((c) => c.gap === 0).map((c) => c.capabilityId) };
  };
}
