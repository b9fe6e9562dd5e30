import { describe, expect, it } from 'vitest';
import { addDays, localToday } from './dates.ts';
import { inTimeZone } from '../test/time-zone.ts';
import {
  defaultOffsetOf,
  overdueItemsOf,
  dueState,
  isWorkday,
  nextWorkdayFrom,
  offsetOfCalendarDay,
  periodOfOffset,
  weekdayOf,
  workdayAfter,
  workdaysBetween,
} from './workdays.ts';

// 2026-12-07 is a Monday; 2026-12-31 a Thursday; 2028 is a leap year.
describe('weekdays', () => {
  it('knows Monday from Sunday, before and after the Monday it counts from', () => {
    expect(weekdayOf('2026-12-07')).toBe(0);
    expect(weekdayOf('2026-12-12')).toBe(5);
    expect(weekdayOf('2026-12-13')).toBe(6);
    expect(weekdayOf('1999-12-31')).toBe(4); // a Friday
    expect(isWorkday('2026-12-11')).toBe(true);
    expect(isWorkday('2026-12-12')).toBe(false);
    expect(nextWorkdayFrom('2026-12-13')).toBe('2026-12-14');
    expect(nextWorkdayFrom('2026-12-09')).toBe('2026-12-09');
  });

  it('refuses what is not a day', () => {
    expect(() => weekdayOf('2026-02-30')).toThrow(RangeError);
    expect(() => workdayAfter('7 Dec', 1)).toThrow(RangeError);
    expect(() => workdayAfter('2026-12-07', 1.5)).toThrow(RangeError);
  });
});

describe('workdayAfter', () => {
  it('starts on the start day when it is a workday', () => {
    expect(workdayAfter('2026-12-07', 0)).toBe('2026-12-07');
    expect(workdayAfter('2026-12-09', 0)).toBe('2026-12-09');
  });

  it('skips the weekend', () => {
    expect(workdayAfter('2026-12-07', 4)).toBe('2026-12-11'); // Friday
    expect(workdayAfter('2026-12-07', 5)).toBe('2026-12-14'); // the next Monday
    expect(workdayAfter('2026-12-10', 2)).toBe('2026-12-14'); // Thursday + 2 = Monday
    expect(workdayAfter('2026-12-07', 21)).toBe('2027-01-05');
  });

  it('starts a plan that begins on a Saturday or Sunday on the Monday after', () => {
    expect(workdayAfter('2026-12-12', 0)).toBe('2026-12-14');
    expect(workdayAfter('2026-12-13', 0)).toBe('2026-12-14');
    expect(workdayAfter('2026-12-12', 1)).toBe('2026-12-15');
    expect(workdayAfter('2026-12-13', 5)).toBe('2026-12-21');
  });

  it('counts back for negative offsets (before day 1)', () => {
    expect(workdayAfter('2026-12-07', -1)).toBe('2026-12-04'); // the Friday before
    expect(workdayAfter('2026-12-13', -1)).toBe('2026-12-11');
    expect(workdayAfter('2026-12-09', -3)).toBe('2026-12-04');
  });

  it('crosses year ends', () => {
    expect(workdayAfter('2026-12-31', 1)).toBe('2027-01-01'); // a Friday
    expect(workdayAfter('2026-12-31', 2)).toBe('2027-01-04');
    expect(workdayAfter('2027-01-04', -2)).toBe('2026-12-31');
  });

  it('counts leap days only in leap years', () => {
    expect(workdayAfter('2028-02-25', 1)).toBe('2028-02-28'); // Friday → Monday
    expect(workdayAfter('2028-02-28', 1)).toBe('2028-02-29');
    expect(workdayAfter('2028-02-28', 2)).toBe('2028-03-01');
    expect(workdayAfter('2024-02-29', 1)).toBe('2024-03-01');
    expect(workdayAfter('2027-02-26', 1)).toBe('2027-03-01'); // no 29 February in 2027
  });
});

describe('workdaysBetween', () => {
  it('is the inverse of workdayAfter for every offset over a year, from each day of a week', () => {
    for (let start = 0; start < 7; start++) {
      const from = addDays('2026-12-07', start);
      for (let offset = -10; offset <= 260; offset++) expect(workdaysBetween(from, workdayAfter(from, offset))).toBe(offset);
    }
  });

  it('puts a weekend day on the Monday after, as workdayAfter does', () => {
    expect(workdaysBetween('2026-12-07', '2026-12-12')).toBe(5);
    expect(workdaysBetween('2026-12-07', '2026-12-13')).toBe(5);
    expect(workdaysBetween('2026-12-12', '2026-12-14')).toBe(0);
  });

  it('is negative for a day before the start and crosses the year end', () => {
    expect(workdaysBetween('2026-12-07', '2026-12-04')).toBe(-1);
    expect(workdaysBetween('2026-12-31', '2027-01-04')).toBe(2);
  });
});

describe('periods', () => {
  it('puts each offset in its period at the documented thresholds', () => {
    expect([-1, 0, 4, 5, 21, 22, 43, 44, 64, 200].map(periodOfOffset)).toEqual([
      'week-1',
      'week-1',
      'week-1',
      'day-30',
      'day-30',
      'day-60',
      'day-60',
      'day-90',
      'day-90',
      'day-90',
    ]);
  });

  it('gives each period a default offset inside it: its last workday', () => {
    expect(defaultOffsetOf('week-1')).toBe(4);
    expect(defaultOffsetOf('day-30')).toBe(21);
    expect(defaultOffsetOf('day-60')).toBe(43);
    expect(defaultOffsetOf('day-90')).toBe(64);
    for (const period of ['week-1', 'day-30', 'day-60', 'day-90'] as const) expect(periodOfOffset(defaultOffsetOf(period))).toBe(period);
  });

  it('turns a calendar day of a plan into the last workday on or before it', () => {
    expect([1, 3, 5, 6, 7, 8, 30, 60, 90].map(offsetOfCalendarDay)).toEqual([0, 2, 4, 4, 4, 5, 21, 43, 64]);
    // Day 30 from Monday 7 December is Tuesday 5 January.
    expect(workdayAfter('2026-12-07', offsetOfCalendarDay(30))).toBe('2027-01-05');
  });
});

describe('due days against the local today', () => {
  // Started Monday 7 December 2026; "Day 3" is due Wednesday 9 December, wherever the plan is read.
  const due = workdayAfter('2026-12-07', offsetOfCalendarDay(3));

  it('is overdue in Auckland while it is still the due day in Los Angeles', () => {
    const moment = new Date('2026-12-09T11:30:00Z'); // 00:30 on the 10th in Auckland, 03:30 on the 9th in LA
    expect(due).toBe('2026-12-09');
    expect(inTimeZone('Pacific/Auckland', () => dueState(due, localToday(moment)))).toBe('overdue');
    expect(inTimeZone('America/Los_Angeles', () => dueState(due, localToday(moment)))).toBe('today');
  });

  it('is due today in Auckland while Los Angeles is still on the day before', () => {
    const moment = new Date('2026-12-08T23:30:00Z'); // 12:30 on the 9th in Auckland, 15:30 on the 8th in LA
    expect(inTimeZone('Pacific/Auckland', () => dueState(due, localToday(moment)))).toBe('today');
    expect(inTimeZone('America/Los_Angeles', () => dueState(due, localToday(moment)))).toBe('upcoming');
  });
});

describe('overdueItemsOf', () => {
  // Started Friday 4 December 2026: offset 0 is Friday 4, offset 1 Monday 7, offset 2 Tuesday 8.
  const plan = {
    startDate: '2026-12-04',
    items: [
      { id: 'a', offset: 0, status: 'todo' },
      { id: 'b', offset: 1, status: 'todo' },
      { id: 'c', offset: 0, status: 'done' },
      { id: 'd', offset: 2, status: 'doing' },
    ],
  };
  it('is what is not done and due before today, on a weekday and over a weekend', () => {
    expect(overdueItemsOf(plan, '2026-12-04').map((i) => i.id)).toEqual([]);
    // Saturday and Sunday: only Friday's item is past; Monday's is not due yet.
    expect(overdueItemsOf(plan, '2026-12-05').map((i) => i.id)).toEqual(['a']);
    expect(overdueItemsOf(plan, '2026-12-06').map((i) => i.id)).toEqual(['a']);
    expect(overdueItemsOf(plan, '2026-12-08').map((i) => i.id)).toEqual(['a', 'b']);
    expect(overdueItemsOf(plan, '2026-12-09').map((i) => i.id)).toEqual(['a', 'b', 'd']);
  });
  it('agrees with the due day of each item, whatever the day', () => {
    for (let d = 0; d < 30; d++) {
      const today = addDays('2026-12-01', d);
      const byDate = plan.items.filter((i) => i.status !== 'done' && workdayAfter(plan.startDate, i.offset) < today).map((i) => i.id);
      expect(overdueItemsOf(plan, today).map((i) => i.id)).toEqual(byDate);
    }
  });
});
