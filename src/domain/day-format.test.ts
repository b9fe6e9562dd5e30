import { describe, expect, it } from 'vitest';
import { formatDay, relativeDay } from './day-format.ts';

describe('day formatting', () => {
  it('formats a day the same in every time zone', () => {
    expect(formatDay('2026-11-23')).toBe('23 Nov 2026');
    expect(formatDay('2026-01-01T00:30:00.000Z')).toBe('1 Jan 2026');
    expect(formatDay('not a date')).toBe('not a date');
  });
  it.each([
    ['2026-11-23', 'today'],
    ['2026-11-24', 'tomorrow'],
    ['2026-11-22', 'yesterday'],
    ['2026-12-07', 'in 14 days'],
    ['2026-11-11', '12 days ago'],
  ])('%s is %s from 2026-11-23', (day, text) => expect(relativeDay(day, '2026-11-23')).toBe(text));
});
