import { describe, expect, it } from 'vitest';
import { addDays, addQuarters, dayOf, daysBetween, daysOfQuarter, isDay, isInQuarter, momentOn, quarterOf, thisQuarter, localToday } from './dates.ts';
import { inTimeZone } from '../test/time-zone.ts';

describe('days', () => {
  it('counts calendar days across month and year ends', () => {
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(daysBetween('2027-01-02', '2026-12-30')).toBe(-3);
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('tells a real day from one that does not exist', () => {
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2026-11-23T10:00:00Z')).toBe(false);
  });

  it('counts whole days across a daylight-saving change', () => {
    inTimeZone('America/Los_Angeles', () => {
      // 7 March 2026, 23:00 PST → 9 March 2026, 01:00 PDT: two calendar days, 25 hours apart.
      expect(daysBetween('2026-03-08T07:00:00.000Z', '2026-03-09T08:00:00.000Z')).toBe(2);
    });
  });
});

describe('quarters', () => {
  it.each([
    ['2026-01-01', '2026-Q1'],
    ['2026-03-31', '2026-Q1'],
    ['2026-04-01', '2026-Q2'],
    ['2026-06-30', '2026-Q2'],
    ['2026-07-01', '2026-Q3'],
    ['2026-09-30', '2026-Q3'],
    ['2026-10-01', '2026-Q4'],
    ['2026-12-31', '2026-Q4'],
    ['2027-01-01', '2027-Q1'],
  ])('%s is in %s', (day, quarter) => expect(quarterOf(day)).toBe(quarter));
});

describe('the local calendar day', () => {
  // 17:00 on 31 December in California is already 1 January in UTC.
  const newYearsEveInCalifornia = new Date('2027-01-01T01:00:00.000Z');
  // 00:30 on 1 January in Auckland is still 31 December in UTC.
  const newYearInAuckland = new Date('2026-12-31T11:30:00.000Z');

  it('is still 31 December, Q4, at 17:00 in California', () => {
    inTimeZone('America/Los_Angeles', () => {
      expect(localToday(newYearsEveInCalifornia)).toBe('2026-12-31');
      expect(thisQuarter(newYearsEveInCalifornia)).toBe('2026-Q4');
      expect(dayOf(newYearsEveInCalifornia.toISOString())).toBe('2026-12-31');
      expect(quarterOf(newYearsEveInCalifornia.toISOString())).toBe('2026-Q4');
    });
  });

  it('is already 1 January, Q1, at 00:30 in Auckland', () => {
    inTimeZone('Pacific/Auckland', () => {
      expect(localToday(newYearInAuckland)).toBe('2027-01-01');
      expect(thisQuarter(newYearInAuckland)).toBe('2027-Q1');
      expect(daysBetween(newYearInAuckland.toISOString(), '2027-01-01')).toBe(0);
    });
  });

  it('keeps a day as it is, whatever the zone', () => {
    inTimeZone('Pacific/Auckland', () => expect(dayOf('2026-11-23')).toBe('2026-11-23'));
    inTimeZone('America/Los_Angeles', () => expect(dayOf('2026-11-23')).toBe('2026-11-23'));
  });
});

describe('the moment of something done on a day', () => {
  it('is now for today, and midday local time for another day, which stays on that day', () => {
    for (const zone of ['Pacific/Auckland', 'America/Los_Angeles', 'UTC']) {
      inTimeZone(zone, () => {
        const now = new Date('2026-12-31T11:30:00.000Z');
        expect(momentOn(localToday(now), now)).toBe(now.toISOString());
        const earlier = momentOn('2026-12-20', now);
        expect(dayOf(earlier)).toBe('2026-12-20');
      });
    }
  });

  it('refuses text that is not a day', () => {
    expect(() => momentOn('20 Dec', new Date())).toThrow(RangeError);
  });
});

describe('quarter arithmetic', () => {
  it.each([
    ['2026-Q1', -1, '2025-Q4'],
    ['2026-Q4', 1, '2027-Q1'],
    ['2026-Q2', 0, '2026-Q2'],
    ['2026-Q3', -8, '2024-Q3'],
    ['2026-Q4', 5, '2028-Q1'],
  ])('%s %i quarters is %s', (from, steps, to) => expect(addQuarters(from, steps)).toBe(to));

  it.each([
    ['2026-Q1', '2026-01-01', '2026-03-31'],
    ['2024-Q1', '2024-01-01', '2024-03-31'],
    ['2026-Q2', '2026-04-01', '2026-06-30'],
    ['2026-Q3', '2026-07-01', '2026-09-30'],
    ['2026-Q4', '2026-10-01', '2026-12-31'],
  ])('%s runs from %s to %s', (quarter, first, last) => {
    expect(daysOfQuarter(quarter)).toEqual({ first, last });
    expect(quarterOf(first)).toBe(quarter);
    expect(quarterOf(addDays(first, -1))).toBe(addQuarters(quarter, -1));
    expect(quarterOf(addDays(last, 1))).toBe(addQuarters(quarter, 1));
  });

  it('puts a moment in the quarter of the day the user saw, at the year end in far time zones', () => {
    // 31 Dec 2026, 23:30 in Auckland is 10:30 UTC on the 31st; 31 Dec, 17:00 in California is 01:00 UTC on 1 Jan.
    const tz = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Auckland';
      expect(isInQuarter('2026-12-31T10:30:00.000Z', '2026-Q4')).toBe(true);
      expect(isInQuarter('2026-12-31T11:30:00.000Z', '2027-Q1')).toBe(true);
      process.env.TZ = 'America/Los_Angeles';
      expect(isInQuarter('2027-01-01T01:00:00.000Z', '2026-Q4')).toBe(true);
      expect(isInQuarter('2027-01-01T08:30:00.000Z', '2027-Q1')).toBe(true);
    } finally {
      process.env.TZ = tz;
    }
  });
});
