import { describe, expect, it } from 'vitest';
import { nextSort, RISK_FIRST, sortBusFactor } from './bus-factor.ts';
import type { CapabilityCoverage } from './insights.ts';

const row = (name: string, busFactor: number, gap = 0, areaId = 'a'): CapabilityCoverage => ({
  capabilityId: name,
  areaId,
  name,
  target: { people: 2, level: 3, explicit: false },
  meeting: Array.from({ length: 2 - gap }, (_, i) => `p${i}`),
  gap,
  strongLevel: 3,
  strong: Array.from({ length: busFactor }, (_, i) => `p${i}`),
  strongLevels: Array.from({ length: busFactor }, () => 3),
  busFactor,
  wantToGrow: [],
  rated: busFactor,
  meanShare: null,
});

describe('sortBusFactor', () => {
  const rows = [row('Testing', 3), row('Ledger', 1, 1), row('Payments', 0, 2), row('API', 2), row('Cards', 1, 1, 'b')];
  const area = (id: string) => (id === 'a' ? 'Building' : 'Alpha');

  it('puts single points of failure first, then nobody strong, then the rest by bus factor', () => {
    expect(sortBusFactor(rows, RISK_FIRST, area).map((r) => r.name)).toEqual(['Cards', 'Ledger', 'Payments', 'API', 'Testing']);
  });

  it('sorts by any column, both ways, ties by name', () => {
    expect(sortBusFactor(rows, { column: 'busFactor', descending: true }, area).map((r) => r.busFactor)).toEqual([3, 2, 1, 1, 0]);
    expect(sortBusFactor(rows, { column: 'name', descending: false }, area).map((r) => r.name)).toEqual(['API', 'Cards', 'Ledger', 'Payments', 'Testing']);
    expect(sortBusFactor(rows, { column: 'area', descending: false }, area)[0]!.name).toBe('Cards');
    expect(sortBusFactor(rows, { column: 'gap', descending: true }, area)[0]!.name).toBe('Payments');
  });

  it('flips the direction on a second click of the same column', () => {
    expect(nextSort(RISK_FIRST, 'risk')).toEqual({ column: 'risk', descending: true });
    expect(nextSort({ column: 'risk', descending: true }, 'name')).toEqual({ column: 'name', descending: false });
  });
});
