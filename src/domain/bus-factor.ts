/**
 * Insights' bus factor table: every capability's bus factor, target and coverage in one
 * list, sortable by any column. Its first order puts single points of failure first.
 */
import type { CapabilityCoverage } from './insights.ts';

export type BusFactorColumn = 'risk' | 'name' | 'area' | 'busFactor' | 'meeting' | 'gap';
export interface BusFactorSort {
  column: BusFactorColumn;
  descending: boolean;
}

/** Single points of failure first, then capabilities nobody is strong in, then the rest by bus factor. */
export const RISK_FIRST: BusFactorSort = { column: 'risk', descending: false };

/** 0 for a single point of failure, 1 for nobody strong, then 2, 3… by bus factor. */
const riskRank = (c: Pick<CapabilityCoverage, 'busFactor'>) => (c.busFactor === 1 ? 0 : c.busFactor === 0 ? 1 : c.busFactor);

export function sortBusFactor(
  rows: readonly CapabilityCoverage[],
  sort: BusFactorSort,
  areaName: (areaId: string) => string,
): CapabilityCoverage[] {
  const byName = (a: CapabilityCoverage, b: CapabilityCoverage) => a.name.localeCompare(b.name) || (a.capabilityId < b.capabilityId ? -1 : 1);
  const key: Record<BusFactorColumn, (a: CapabilityCoverage, b: CapabilityCoverage) => number> = {
    risk: (a, b) => riskRank(a) - riskRank(b) || b.gap - a.gap,
    name: () => 0,
    area: (a, b) => areaName(a.areaId).localeCompare(areaName(b.areaId)),
    busFactor: (a, b) => a.busFactor - b.busFactor,
    meeting: (a, b) => a.meeting.length - b.meeting.length,
    gap: (a, b) => a.gap - b.gap,
  };
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => sign * (key[sort.column](a, b) || byName(a, b)));
}

/** A click on a column header: the same column flips its direction; another starts ascending (most at risk first for "risk"). */
export function nextSort(current: BusFactorSort, column: BusFactorColumn): BusFactorSort {
  return current.column === column ? { column, descending: !current.descending } : { column, descending: false };
}
