import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, quarterOf } from './dates.ts';

describe('dates', () => {
  it('counts calendar days across month and year ends', () => {
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(daysBetween('2026-11-23T23:00:00Z', '2026-11-24')).toBe(1);
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
  });
  it.each([
    ['2026-01-01', '2026-Q1'],
    ['2026-03-31', '2026-Q1'],
    ['2026-04-01', '2026-Q2'],
    ['2026-11-23', '2026-Q4'],
  ])('%s is in %s', (d, q) => expect(quarterOf(d)).toBe(q));
});
