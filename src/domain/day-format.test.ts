import { describe, expect, it } from 'vitest';
import { formatDay, formatMoment, relativeDay } from './day-format.ts';
import { inTimeZone } from '../test/time-zone.ts';

describe('day formatting', () => {
  it('formats a day the same in every time zone', () => {
    for (const zone of ['Pacific/Auckland', 'America/Los_Angeles', 'UTC']) {
      inTimeZone(zone, () => expect(formatDay('2026-11-23', 'en-GB')).toBe('23 Nov 2026'));
    }
    expect(formatDay('2026-11-23', 'en-US')).toBe('Nov 23, 2026');
    expect(formatDay('not a date', 'en-GB')).toBe('not a date');
  });

  it('shows a moment on the day the user lived it', () => {
    const moment = '2026-12-31T11:30:00.000Z';
    inTimeZone('Pacific/Auckland', () => {
      expect(formatDay(moment, 'en-GB')).toBe('1 Jan 2027');
      expect(formatMoment(moment, 'en-GB')).toBe('1 Jan 2027, 00:30');
    });
    inTimeZone('America/Los_Angeles', () => {
      expect(formatDay(moment, 'en-GB')).toBe('31 Dec 2026');
      expect(formatMoment(moment, 'en-GB')).toBe('31 Dec 2026, 03:30');
    });
  });

  it.each([
    ['2026-11-23', 'today'],
    ['2026-11-24', 'tomorrow'],
    ['2026-11-22', 'yesterday'],
    ['2026-12-07', 'in 14 days'],
    ['2026-11-11', '12 days ago'],
  ])('%s is %s from 2026-11-23', (day, text) => expect(relativeDay(day, '2026-11-23')).toBe(text));
});
